package org.briefing.analysis.stories;

import java.util.List;
import java.util.Objects;
import org.briefing.content.ArticleId;

/**
 * Something several reports of a story say: one of their sentences standing for the others.
 *
 * @param text    the sentence as the first report to carry it wrote it
 * @param reports the reports that carry it, in the story's order
 */
public record Fact(String text, List<ArticleId> reports) {

    public Fact {
        Objects.requireNonNull(text, "text");
        reports = List.copyOf(reports);
    }
}
