package org.briefing.analysis.comparison;

import java.util.List;
import java.util.Objects;
import org.briefing.analysis.stories.Passage;
import org.briefing.analysis.stories.StoryId;
import org.briefing.content.ArticleId;

/**
 * How the reports of one story agree and differ.
 *
 * @param reports  the story's reports, in its order
 * @param passages what the reports say, sentence by aligned sentence: the most carried first
 * @param quotes   statements the reports quote, those quoted by two or more reports first
 * @param figures  every numeric claim, in the story's order of reports
 * @param claims   the figures grouped by what they count, the groups of most reports first
 * @param terms    the words each report uses for the story's parties
 * @param pairs    every pair of reports with its aligned share, most similar first
 */
public record SourceComparison(StoryId story, List<ArticleId> reports, List<Passage> passages, List<SharedQuote> quotes,
                               List<Figure> figures, List<FigureClaim> claims, List<Term> terms, List<Rewrite> pairs) {

    /** The aligned share at which two reports count as rewrites of one another. */
    public static final double REWRITE = RewriteFinder.REWRITE;

    public SourceComparison {
        Objects.requireNonNull(story, "story");
        reports = List.copyOf(reports);
        passages = List.copyOf(passages);
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
        claims = List.copyOf(claims);
        terms = List.copyOf(terms);
        pairs = List.copyOf(pairs);
    }

    /** The pairs whose aligned share makes one a rewrite of the other. */
    public List<Rewrite> rewrites() {
        return pairs.stream().filter(pair -> pair.similarity() >= REWRITE).toList();
    }

    /** Passages most of the other reports carry that {@code report} leaves out. */
    public List<Passage> leftOutBy(ArticleId report) {
        int others = reports.size() - 1;
        return passages.stream()
                .filter(p -> !p.carriedBy(report) && p.sentences().size() * 2 > others && p.sentences().size() >= 2)
                .toList();
    }
}
