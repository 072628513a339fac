package org.briefing.cli;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefing.SiteBuilder;
import org.briefing.config.SiteConfig;
import org.briefing.progress.StageClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from the content folder into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Mixin
    CacheOptions cache;

    @Option(names = "--list-settings", description = "Print every setting with its value and meaning, and stop.")
    boolean listSettings;

    @Option(names = "--previous", paramLabel = "DIR|URL",
            description = "The site as last published (a folder, or its https:// address): story addresses are kept, and "
                    + "pages that moved leave a redirect. Unreadable: a warning, and a build as if first. Empty: none.")
    String previous;

    @Option(names = "--timings", description = "At the end, print each stage's wall time, CPU time and peak heap.")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SiteConfig config = options.config();
        if (listSettings) {
            config.describe().forEach(spec.commandLine().getOut()::println);
            return ExitCodes.OK;
        }
        long started = System.nanoTime();
        StageClock clock = new StageClock(ConsoleProgress.forTerminal(spec.commandLine().getOut()));
        // Maven passes --previous= when -Dbriefing.previous is not set.
        Optional<String> previousSite = Optional.ofNullable(previous).filter(location -> !location.isBlank());
        SiteBuilder.Build build = new SiteBuilder(config, options.paths(), clock, cache.folder())
                .withPrevious(previousSite, Clock.systemUTC()).build();
        Reporter.problems(spec.commandLine().getErr(), "Warnings:", build.warnings());
        spec.commandLine().getOut().printf("Built %s, %s, %s: %s and %s into %s in %.1f s.%n",
                Reporter.plural(build.articles(), "article"),
                build.stories() == 1 ? "1 story" : build.stories() + " stories",
                build.entities() == 1 ? "1 actor or place" : build.entities() + " actors and places",
                Reporter.plural(build.written().pages(), "file"),
                Reporter.plural(build.written().assets(), "asset"),
                options.paths().display(options.paths().out()),
                (System.nanoTime() - started) / 1e9);
        if (timings) {
            Reporter.timings(spec.commandLine().getOut(), clock.timings());
        }
        NextSteps.howToOpen(spec.commandLine().getOut(), options.paths(), config.baseUrl());
        return ExitCodes.OK;
    }
}
