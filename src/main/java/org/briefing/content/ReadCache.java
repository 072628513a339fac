package org.briefing.content;

import java.util.List;
import java.util.Optional;
import org.briefing.problems.Problem;

/**
 * Remembers what reading an article's files gave, so an unchanged article is not parsed again.
 * The loader asks by a key that names everything the reading depends on (the file's name and
 * bytes, its sidecar's, the reading settings); the cache never decides what changed.
 */
public interface ReadCache {

    /** Remembers nothing: every article is read. */
    ReadCache NONE = new ReadCache() {
        @Override
        public Optional<Read> find(String key) {
            return Optional.empty();
        }

        @Override
        public void keep(String key, Read read) {
        }

        @Override
        public String settings() {
            return "";
        }
    };

    /**
     * What reading one article file gave: the article, and the warnings met (errors are never
     * kept: a file with an error is read again until it is fixed).
     */
    record Read(Article article, List<Problem> warnings) {

        public Read {
            warnings = List.copyOf(warnings);
        }
    }

    Optional<Read> find(String key);

    /** Called from several threads at once. */
    void keep(String key, Read read);

    /** Anything beyond the files that the cache's keys must include, such as the generator's version. */
    String settings();
}
