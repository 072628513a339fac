package org.briefing.analysis.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefing.content.ArticleId;

/**
 * The reports of one event.
 *
 * @param title    an editor's {@code story_title}, else the most representative report's title,
 *                 else the opening words of the first report
 * @param summary  a few sentences that most reports carry, in reading order
 * @param passages every sentence of the reports, aligned across them ({@link PassageAligner}): the
 *                 most carried first
 * @param articles the reports, oldest first (undated last), ties by id
 * @param start    the earliest report's day; empty when no report is dated
 * @param end      the latest report's day; empty when no report is dated
 * @param key      the explicit {@code story:} key that formed it, if any
 */
public record Story(StoryId id, String title, List<String> summary, List<Passage> passages, List<ArticleId> articles, Optional<LocalDate> start,
                    Optional<LocalDate> end, Optional<String> key) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        summary = List.copyOf(summary);
        passages = List.copyOf(passages);
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one report");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(key, "key");
    }

    /** The facts of the story: the passages two or more reports carry, the most carried first. */
    public List<Passage> facts() {
        return passages.stream().filter(passage -> passage.sentences().size() >= 2).toList();
    }
}
