package org.briefing.analysis.comparison;

import java.util.Objects;
import org.briefing.content.ArticleId;

/**
 * Two reports of a story that say much the same, sentence by sentence: one is likely a rewrite or
 * a copy of the other, or both of a common source such as a wire report.
 *
 * @param similarity the share of the two reports' words that stand in aligned sentences, 0 to 1
 */
public record Rewrite(ArticleId first, ArticleId second, double similarity) {

    public Rewrite {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (similarity < 0 || similarity > 1) {
            throw new IllegalArgumentException("similarity out of range: " + similarity);
        }
    }
}
