package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.analysis.comparison.Rewrite;
import org.briefing.analysis.comparison.SourceComparison;
import org.briefing.analysis.comparison.Term;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.stories.Passage;
import org.briefing.analysis.stories.Story;
import org.briefing.content.ArticleId;

/**
 * The comparison page of each story with two or more reports (a story of one report has nothing
 * to compare; its quotes and figures are on its own page). The side-by-side pages are
 * {@link PairPages}'; the same comparison as JSON is {@link ApiFiles}'.
 */
final class ComparisonPages {

    private final ArchiveIndex index;
    private final Routes routes;
    private final Cards cards;

    ComparisonPages(ArchiveIndex index, Routes routes, Cards cards) {
        this.index = index;
        this.routes = routes;
        this.cards = cards;
    }

    /**
     * Sentences the page lists of what only one report carries; the rest are counted and left to
     * the report's own page, which a compare page would otherwise repeat almost whole.
     */
    static final int ONLY_SHOWN = 3;
    /** Passages listed per report as left out; the rest are counted, and all are in the JSON. */
    static final int LEFT_OUT_SHOWN = 5;

    /** Whether a story gets a comparison page: it needs two reports to compare. */
    static boolean compared(Story story) {
        return story.articles().size() >= 2;
    }

    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (Story story : index.stories) {
            if (!compared(story)) {
                continue;
            }
            SourceComparison comparison = index.comparisons.get(story.id());
            pages.add(new Page(Routes.comparison(story.id()), () -> comparisonView(story, comparison)));
        }
        return pages;
    }

    private ComparisonView comparisonView(Story story, SourceComparison comparison) {
        int reports = comparison.reports().size();
        Set<Rewrite> withPage = PairPages.sideBySide(comparison);
        List<ComparisonView.WordingRow> wording = new WordingRows(cards).of(comparison);
        List<ComparisonView.PassageRow> shared = new ArrayList<>();
        List<ComparisonView.PassageRow> partial = new ArrayList<>();
        Map<ArticleId, List<String>> only = new LinkedHashMap<>();
        comparison.reports().forEach(id -> only.put(id, new ArrayList<>()));
        for (Passage passage : comparison.passages()) {
            int carriers = passage.sentences().size();
            if (carriers == 1) {
                only.get(passage.sentences().get(0).article()).add(passage.sentences().get(0).text());
            } else {
                ComparisonView.PassageRow row = new ComparisonView.PassageRow(passage.sentences().get(0).text(),
                        passage.sentences().stream().map(s -> cards.reportLink(s.article())).toList());
                (carriers == reports ? shared : partial).add(row);
            }
        }
        return new ComparisonView("Compare the reports: " + story.title(), story.title(), routes.url(Routes.story(story.id())),
                routes.url(Routes.comparisonData(story.id())),
                comparison.reports().stream().map(cards::reportLink).toList(), shared, partial,
                only.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                        .map(e -> ComparisonView.ReportSentences.firstOf(cards.reportLink(e.getKey()), e.getValue(), ONLY_SHOWN))
                        .toList(),
                comparison.reports().stream()
                        .map(id -> ComparisonView.ReportSentences.firstOf(cards.reportLink(id),
                                comparison.leftOutBy(id).stream().map(p -> p.sentences().get(0).text()).toList(), LEFT_OUT_SHOWN))
                        .filter(row -> !row.sentences().isEmpty()).toList(),
                comparison.quotes().stream().map(cards::quoteRow).toList(),
                comparison.claims().stream().map(cards::claimRow).toList(),
                wording,
                comparison.pairs().stream().map(pair -> pairRow(story, pair, withPage.contains(pair))).toList(),
                StoryPages.wordingNote(wording), cards.rewriteStatements(comparison));
    }

    private ComparisonView.PairRow pairRow(Story story, Rewrite pair, boolean hasPage) {
        return new ComparisonView.PairRow(cards.reportLink(pair.first()), cards.reportLink(pair.second()),
                (int) Math.round(pair.similarity() * 100), pair.similarity() >= SourceComparison.REWRITE,
                hasPage ? routes.url(routes.pair(story.id(), pair.first(), pair.second())) : "");
    }
}
