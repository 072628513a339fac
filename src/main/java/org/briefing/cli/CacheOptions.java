package org.briefing.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a building command keeps what it read, so the next build reads only what changed. */
final class CacheOptions {

    /**
     * In the folder the command runs in, as {@code site/} is: never inside content/, which is the
     * user's, nor beside a content folder the command only reads (a corpus, a read-only share).
     */
    static final String DEFAULT_FOLDER = ".briefing/cache";

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where to keep what was read, so unchanged articles are not read again (default: "
                    + DEFAULT_FOLDER + " in the current folder). Safe to delete.")
    Path folder;

    @Option(names = "--no-cache", description = "Read every article, and keep nothing for the next build.")
    boolean off;

    Optional<Path> folder() {
        if (off) {
            return Optional.empty();
        }
        return Optional.of((folder != null ? folder : Path.of(DEFAULT_FOLDER)).toAbsolutePath().normalize());
    }
}
