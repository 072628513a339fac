package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.briefing.analysis.stories.Passage;
import org.briefing.analysis.text.Quotation;
import org.briefing.content.ArticleId;

/**
 * The coverage grid of a story page: passages that some reports carry and others do not, one row
 * each, with a cell per report marking whether it carries the passage in the same words, reworded,
 * or not at all. Passages the page shows already (the summary) are left out, so no sentence is
 * shown twice above the fold.
 */
final class CoverageRows {

    /** Rows a story page's grid shows; the comparison page lists every passage. */
    static final int ROWS = 8;
    /** Word overlap at or above which a report carries a passage in the same words. */
    static final double SAME_WORDS = 0.8;

    private CoverageRows() {
    }

    /**
     * Passages two or more reports carry but not all, the most carried first; when there are few,
     * the passages a single report opens with follow.
     */
    static List<StoryView.CoverageRow> of(List<ArticleId> reports, List<Passage> passages, Set<String> shown) {
        List<Passage> chosen = new ArrayList<>();
        for (Passage p : passages) {
            int carriers = p.sentences().size();
            if (chosen.size() < ROWS && carriers >= 2 && carriers < reports.size() && fresh(p, shown)) {
                chosen.add(p);
            }
        }
        passages.stream()
                .filter(p -> p.sentences().size() == 1 && fresh(p, shown) && reports.size() >= 2)
                .sorted(java.util.Comparator.comparingInt((Passage p) -> p.sentences().get(0).index())
                        .thenComparing(p -> reports.indexOf(p.sentences().get(0).article())))
                .limit(Math.max(0, ROWS / 2 - chosen.size()))
                .forEach(chosen::add);
        return chosen.stream().map(p -> row(reports, p)).toList();
    }

    /** Passages every report carries, that the page does not show already; at most {@code limit}. */
    static List<String> sharedByAll(List<ArticleId> reports, List<Passage> passages, Set<String> shown, int limit) {
        return passages.stream()
                .filter(p -> reports.size() >= 2 && p.sentences().size() == reports.size() && fresh(p, shown))
                .limit(limit).map(Passage::text).toList();
    }

    private static boolean fresh(Passage p, Set<String> shown) {
        return p.sentences().stream().noneMatch(s -> shown.contains(s.text())) && !Quotation.opensWithQuote(p.text())
                && Quotation.balanced(p.text());
    }

    private static StoryView.CoverageRow row(List<ArticleId> reports, Passage passage) {
        Set<String> reference = words(passage.text());
        List<String> cells = reports.stream().map(id -> {
            Optional<Passage.Sentence> sentence = passage.sentences().stream().filter(s -> s.article().equals(id)).findFirst();
            if (sentence.isEmpty()) {
                return "absent";
            }
            return overlap(reference, words(sentence.get().text())) >= SAME_WORDS ? "carried" : "altered";
        }).toList();
        return new StoryView.CoverageRow(passage.text(), cells);
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return union.isEmpty() ? 1 : both.size() / (double) union.size();
    }
}
