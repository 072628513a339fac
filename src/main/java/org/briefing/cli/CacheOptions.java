package org.briefing.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.briefing.config.BuildPaths;
import picocli.CommandLine.Option;

/** Where a building command keeps what it read, so the next build reads only what changed. */
final class CacheOptions {

    /** Beside content/, never inside it: content/ is the user's, and the cache is disposable. */
    static final String DEFAULT_FOLDER = ".briefing/cache";

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where to keep what was read, so unchanged articles are not read again (default: "
                    + DEFAULT_FOLDER + " beside the content folder). Safe to delete.")
    Path folder;

    @Option(names = "--no-cache", description = "Read every article, and keep nothing for the next build.")
    boolean off;

    Optional<Path> folder(BuildPaths paths) {
        if (off) {
            return Optional.empty();
        }
        return Optional.of(folder != null ? folder.toAbsolutePath().normalize() : paths.projectRoot().resolve(DEFAULT_FOLDER));
    }
}
