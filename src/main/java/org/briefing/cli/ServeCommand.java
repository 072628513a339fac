package org.briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import org.briefing.SiteBuilder;
import org.briefing.problems.ProblemsFound;
import org.briefing.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the site, serves it on this computer, and rebuilds it when content or templates change;
 * open pages reload themselves. A build that fails keeps the last good site on screen and prints
 * the problems.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build, serve on http://localhost:PORT/ and rebuild when content or templates change.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    @Mixin
    CacheOptions cache;

    @Option(names = "--port", defaultValue = "8080", description = "Port to serve on (default: ${DEFAULT-VALUE}).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        // The JDK server otherwise waits ~40 ms per response (Nagle); set before its first use.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        PreviewServer server = new PreviewServer(options.paths().out(), options.config().baseUrl(),
                new InetSocketAddress("127.0.0.1", port));
        rebuild();
        server.start();
        out.printf("Serving %s at http://localhost:%d%s (Ctrl-C to stop).%n",
                options.paths().display(options.paths().out()), server.port(), options.config().baseUrl().path());
        out.flush();
        new ChangeWatcher(options.paths().content(), options.paths().templates()).watch(() -> {
            if (rebuild()) {
                server.reloadPages();
            }
        });
        return ExitCodes.OK;
    }

    private boolean rebuild() {
        try {
            SiteBuilder.Build build = new SiteBuilder(options.config(), options.paths(), Progress.NONE, cache.folder()).build();
            Reporter.problems(spec.commandLine().getErr(), "Warnings:", build.warnings());
            spec.commandLine().getOut().printf("Built %s.%n", Reporter.plural(build.articles(), "article"));
            spec.commandLine().getOut().flush();
            return true;
        } catch (ProblemsFound e) {
            Reporter.problems(spec.commandLine().getErr(), "Not rebuilt; the last good site is still served:", e.problems());
            return false;
        }
    }
}
