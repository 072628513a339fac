package org.briefing.progress;

import java.util.function.Supplier;

/**
 * Where stages report: a stage begins with the amount of work it has, advances as it goes and
 * ends. Implementations must be thread-safe: parallel stages advance from many threads.
 *
 * <pre>{@code
 * List<CleanArticle> clean = progress.run("clean", articles.size(), () -> cleaner.cleanAll(articles, progress));
 * }</pre>
 */
public interface Progress {

    /** Reports nothing; for tests and for commands that build quietly. */
    Progress NONE = new Progress() {
        @Override
        public void begin(String stage, long total) {
        }

        @Override
        public void advance(long done) {
        }

        @Override
        public void end() {
        }
    };

    /** A stage starts; {@code total} is its amount of work (articles, stories, files), or 0 if unknown. */
    void begin(String stage, long total);

    /** {@code done} more units of the running stage are finished. */
    void advance(long done);

    /** The running stage is finished. */
    void end();

    /** Runs {@code work} as the stage {@code stage}, ending the stage even if the work fails. */
    default <T> T run(String stage, long total, Supplier<T> work) {
        begin(stage, total);
        try {
            return work.get();
        } finally {
            end();
        }
    }
}
