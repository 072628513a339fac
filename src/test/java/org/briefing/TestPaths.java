package org.briefing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where tests find the project's own content and the shared corpora beside the clone. */
public final class TestPaths {

    private TestPaths() {
    }

    public static Path projectRoot() {
        return Path.of(System.getProperty("briefing.projectRoot", ".")).toAbsolutePath().normalize();
    }

    /** The default archive: the five seed articles. */
    public static Path seedContent() {
        return projectRoot().resolve("content");
    }

    public static Path templates() {
        return projectRoot().resolve("templates");
    }

    /** {@code ../shared/corpora/NAME}, when the clone has {@code ../shared} beside it. */
    public static Optional<Path> sharedCorpus(String name) {
        Path corpus = projectRoot().resolveSibling("shared").resolve("corpora").resolve(name);
        return Files.isDirectory(corpus) ? Optional.of(corpus) : Optional.empty();
    }
}
