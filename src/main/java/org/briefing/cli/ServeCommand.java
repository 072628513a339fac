package org.briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.SiteBuilder;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.briefing.progress.Progress;
import picocli.CommandLine.ParameterException;
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

    private PreviewServer server;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--port': " + port + " is not a port; give one from 0 to 65535 (0 picks a free one).");
        }
        // The JDK server otherwise waits ~40 ms per response (Nagle); set before its first use.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        PreviewServer server;
        try {
            server = new PreviewServer(options.paths().out(), options.config().baseUrl(), new InetSocketAddress("127.0.0.1", port));
        } catch (BindException e) {
            spec.commandLine().getErr().printf("Port %d is in use by another program. Stop it, or choose another port with --port.%n", port);
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        this.server = server;
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

    /**
     * Rebuilds the site; whatever goes wrong (bad content, or a bug), the last good site stays
     * served and every page shows the problem until a rebuild succeeds. Always true: the pages are
     * reloaded either way, to show the new site or the problem.
     */
    private boolean rebuild() {
        String heading = "Not rebuilt; the last good site is still served:";
        try {
            SiteBuilder.Build build = new SiteBuilder(options.config(), options.paths(), Progress.NONE, cache.folder()).build();
            Reporter.problems(spec.commandLine().getErr(), "Warnings:", build.warnings());
            spec.commandLine().getOut().printf("Built %s.%n", Reporter.plural(build.articles(), "article"));
            spec.commandLine().getOut().flush();
            server.clearProblems();
        } catch (ProblemsFound e) {
            Reporter.problems(spec.commandLine().getErr(), heading, e.problems());
            server.showProblems(heading, e.problems().stream().map(Problem::describe).toList());
        } catch (RuntimeException | StackOverflowError e) {
            // issue 10, item 8: an edit that made the build throw stopped serve with exit 3
            String line = "The build failed: " + e + ". This is a bug in Briefing; please report it with the file you edited.";
            spec.commandLine().getErr().println(heading);
            spec.commandLine().getErr().println("  1. " + line);
            spec.commandLine().getErr().flush();
            server.showProblems(heading, List.of(line));
        }
        return true;
    }
}
