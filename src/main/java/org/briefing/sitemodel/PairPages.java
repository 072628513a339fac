package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.briefing.analysis.comparison.Rewrite;
import org.briefing.analysis.comparison.SourceComparison;
import org.briefing.analysis.stories.Passage;
import org.briefing.analysis.stories.Story;
import org.briefing.content.ArticleId;

/**
 * The side-by-side pages of a compared story's reports: for each chosen pair ({@link #sideBySide}),
 * the two reports' sentences in reading order, aligned ones in one row with their differing words
 * marked, and runs of sentences only one of them has counted.
 */
final class PairPages {

    private final ArchiveIndex index;
    private final Routes routes;
    private final Cards cards;

    PairPages(ArchiveIndex index, Routes routes, Cards cards) {
        this.index = index;
        this.routes = routes;
        this.cards = cards;
    }

    /**
     * The pairs that get a side-by-side page: the story's closest pair, and every rewrite pair.
     * Every pair of a story of n reports would be n(n-1)/2 pages, most of them of two reports that
     * share little; the aligned share of every pair stays on the comparison page and in its JSON.
     */
    static Set<Rewrite> sideBySide(SourceComparison comparison) {
        Set<Rewrite> chosen = new LinkedHashSet<>();
        // pairs come most similar first: the first is the story's closest pair
        comparison.pairs().stream().findFirst().ifPresent(chosen::add);
        chosen.addAll(comparison.rewrites());
        return chosen;
    }

    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (Story story : index.stories) {
            if (!ComparisonPages.compared(story)) {
                continue;
            }
            SourceComparison comparison = index.comparisons.get(story.id());
            for (Rewrite pair : sideBySide(comparison)) {
                pages.add(new Page(routes.pair(story.id(), pair.first(), pair.second()), () -> pairView(story, comparison, pair)));
            }
        }
        return pages;
    }

    private PairView pairView(Story story, SourceComparison comparison, Rewrite pair) {
        Map<Integer, Integer> firstToSecond = new LinkedHashMap<>();
        List<String> first = sentencesOf(comparison, pair.first());
        List<String> second = sentencesOf(comparison, pair.second());
        for (Passage passage : comparison.passages()) {
            Optional<Passage.Sentence> a = passage.sentences().stream().filter(s -> s.article().equals(pair.first())).findFirst();
            Optional<Passage.Sentence> b = passage.sentences().stream().filter(s -> s.article().equals(pair.second())).findFirst();
            if (a.isPresent() && b.isPresent()) {
                firstToSecond.put(a.get().index(), b.get().index());
            }
        }
        Set<Integer> matchedSecond = new HashSet<>(firstToSecond.values());
        List<PairView.Row> rows = new ArrayList<>();
        int next = 0;
        int onlyFirst = 0;
        for (int i = 0; i < first.size(); i++) {
            Integer match = firstToSecond.get(i);
            if (match == null) {
                onlyFirst++;
                continue;
            }
            rows.addAll(unalignedRuns(onlyFirst, 0));
            onlyFirst = 0;
            // the second report's sentences that no sentence of the first matches, up to this match
            int onlySecond = 0;
            for (; next < match; next++) {
                if (!matchedSecond.contains(next)) {
                    onlySecond++;
                }
            }
            rows.addAll(unalignedRuns(0, onlySecond));
            next = Math.max(next, match + 1);
            rows.add(PairView.Row.aligned(WordDiff.of(first.get(i), second.get(match))));
        }
        int onlySecond = 0;
        for (; next < second.size(); next++) {
            if (!matchedSecond.contains(next)) {
                onlySecond++;
            }
        }
        rows.addAll(unalignedRuns(onlyFirst, onlySecond));
        LinkView a = cards.reportLink(pair.first());
        LinkView b = cards.reportLink(pair.second());
        return new PairView(a.label() + " and " + b.label() + " side by side: " + story.title(), story.title(),
                routes.url(Routes.story(story.id())), routes.url(Routes.comparison(story.id())), a, b,
                (int) Math.round(pair.similarity() * 100), rows);
    }

    /** Rows counting runs of sentences only the first, or only the second, report has. */
    private static List<PairView.Row> unalignedRuns(int onlyFirst, int onlySecond) {
        List<PairView.Row> rows = new ArrayList<>();
        if (onlyFirst > 0) {
            rows.add(PairView.Row.onlyIn(true, onlyFirst));
        }
        if (onlySecond > 0) {
            rows.add(PairView.Row.onlyIn(false, onlySecond));
        }
        return rows;
    }

    /** A report's sentences in order, read back from the passages that hold them. */
    private static List<String> sentencesOf(SourceComparison comparison, ArticleId report) {
        Map<Integer, String> byIndex = new TreeMap<>();
        for (Passage passage : comparison.passages()) {
            passage.sentences().stream().filter(s -> s.article().equals(report)).forEach(s -> byIndex.put(s.index(), s.text()));
        }
        return List.copyOf(byIndex.values());
    }
}
