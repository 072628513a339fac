package org.briefing.cleaning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.Archive;
import org.briefing.config.SiteConfig;
import org.briefing.content.ContentLoader;

/** Loads one article as the build does, from a file in a fresh temporary archive, and cleans it. */
final class Pasted {

    private Pasted() {
    }

    /** {@code text} saved as {@code content/articles/a.txt}, loaded and cleaned. */
    static CleanArticle clean(String text) {
        return clean("a.txt", text);
    }

    static CleanArticle clean(String fileName, String text) {
        try {
            Path root = Files.createTempDirectory("pasted");
            try {
                Archive archive = Archive.in(root).article(fileName, text);
                return new Cleaner().clean(new ContentLoader(SiteConfig.defaults()).loadArticles(archive.paths()).articles().get(0));
            } finally {
                try (var walk = Files.walk(root)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
