package org.briefing.analysis.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;

/**
 * An extractive summary of what most reports of a story say: the facts carried by at least half
 * of the reports (and by two at least), the most carried first, at most {@link #SENTENCES}, put in
 * the order the first report to carry them tells them. A story of one report, or one whose reports
 * share no sentence, is summarised by the opening sentences of its first report.
 */
final class StorySummarizer {

    static final int SENTENCES = 3;
    private static final int MIN_WORDS = 6;

    List<String> summarize(List<CleanArticle> reports, List<Fact> facts) {
        int needed = Math.max(2, (reports.size() + 1) / 2);
        List<Fact> shared = facts.stream().filter(fact -> fact.reports().size() >= needed).limit(SENTENCES).toList();
        if (shared.isEmpty()) {
            return FactFinder.sentencesOf(reports.get(0)).stream()
                    .filter(sentence -> sentence.split(" ").length >= MIN_WORDS)
                    .limit(2)
                    .toList();
        }
        Map<ArticleId, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            order.put(reports.get(i).id(), i);
        }
        Map<ArticleId, List<String>> sentences = reports.stream()
                .collect(Collectors.toMap(CleanArticle::id, FactFinder::sentencesOf));
        List<Fact> inOrder = new ArrayList<>(shared);
        inOrder.sort(Comparator.comparingInt((Fact fact) -> order.get(fact.reports().get(0)))
                .thenComparingInt(fact -> sentences.get(fact.reports().get(0)).indexOf(fact.text())));
        return inOrder.stream().map(Fact::text).toList();
    }
}
