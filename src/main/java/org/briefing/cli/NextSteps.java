package org.briefing.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import org.briefing.config.BaseUrl;
import org.briefing.config.BuildPaths;

/**
 * What to do with a site just built, as a newcomer needs it said: where it is, the command that
 * serves it, and why opening its files directly does not work.
 */
final class NextSteps {

    private static final String RUNNABLE = "briefing.jar";

    private NextSteps() {
    }

    static void howToOpen(PrintWriter out, BuildPaths paths, BaseUrl base) {
        StringBuilder serve = new StringBuilder("java -jar ").append(jar()).append(" serve");
        String content = typed(paths.content());
        String site = typed(paths.out());
        if (!content.equals("content")) {
            serve.append(" --content=").append(content);
        }
        if (!site.equals("site")) {
            serve.append(" --out=").append(site);
        }
        out.printf("The site is in %s/. To read it, run `%s` and open http://localhost:8080%s%n", site, serve, base.path());
        out.printf("(Its pages link to each other from %s on a web server, so opened as files they show no styles and"
                + " their links lead nowhere.)%n", base.path());
    }

    /**
     * A folder as it is typed in the folder the command runs in: relative to it when inside it
     * (a content folder of {@code ../shared/corpora/basil-dev} is not {@code basil-dev}), else absolute.
     */
    private static String typed(Path folder) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = folder.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /**
     * The jar being run, as the user would type it. From {@code target/classes} or Maven's plain
     * jar (Maven's exec, the tests) it is the runnable jar Maven builds beside them; where the
     * class loader names no location, {@code target/briefing.jar} when it exists.
     */
    private static String jar() {
        Path here = Path.of("").toAbsolutePath();
        Path jar = here.resolve("target").resolve(RUNNABLE);
        try {
            CodeSource source = NextSteps.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                Path location = Path.of(source.getLocation().toURI());
                jar = location.getFileName().toString().equals(RUNNABLE) ? location : location.resolveSibling(RUNNABLE);
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            // keep target/briefing.jar
        }
        if (!Files.isRegularFile(jar)) {
            return RUNNABLE;
        }
        Path shown = jar.startsWith(here) ? here.relativize(jar) : jar;
        return shown.toString().replace('\\', '/');
    }
}
