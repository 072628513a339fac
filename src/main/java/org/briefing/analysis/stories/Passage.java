package org.briefing.analysis.stories;

import java.util.List;
import java.util.Objects;
import org.briefing.content.ArticleId;

/**
 * One thing the reports of a story say, as each report that says it words it: a group of aligned
 * sentences, at most one from each report.
 *
 * @param sentences in the story's order of reports
 */
public record Passage(List<Sentence> sentences) {

    /**
     * One report's sentence.
     *
     * @param index the sentence's place among the report's sentences, from 0
     */
    public record Sentence(ArticleId article, String text, int index) {

        public Sentence {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(text, "text");
        }
    }

    public Passage {
        sentences = List.copyOf(sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a passage needs a sentence");
        }
    }

    public boolean carriedBy(ArticleId article) {
        return sentences.stream().anyMatch(s -> s.article().equals(article));
    }

    /** The passage as the first report to carry it words it. */
    public String text() {
        return sentences.get(0).text();
    }

    /** The reports that carry it, in the story's order. */
    public List<ArticleId> reports() {
        return sentences.stream().map(Sentence::article).toList();
    }
}
