package org.briefing.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.SiteBuilder;
import org.briefing.check.LinkChecker;
import org.briefing.config.SiteConfig;
import org.briefing.output.SiteWriter;
import org.briefing.problems.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the content and every internal link of the site it would build, without writing anything.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SiteConfig config = options.config();
        SiteBuilder.Rendered site = new SiteBuilder(config, options.paths()).render();
        List<Problem> broken = new LinkChecker(config.baseUrl())
                .check(site.pages(), options.paths().templates().resolve(SiteWriter.ASSETS));
        List<Problem> all = new ArrayList<>(site.warnings());
        all.addAll(broken);
        Reporter.problems(spec.commandLine().getErr(), all.size() + " problem(s):", all);
        if (!broken.isEmpty()) {
            return ExitCodes.CONTENT_PROBLEMS;
        }
        spec.commandLine().getOut().printf("Checked %s and %s: no broken links.%n",
                Reporter.plural(site.analysis().articles().size(), "article"), Reporter.plural(site.pages().size(), "file"));
        return ExitCodes.OK;
    }
}
