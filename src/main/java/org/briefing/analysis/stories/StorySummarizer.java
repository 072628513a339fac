package org.briefing.analysis.stories;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.content.ArticleId;

/**
 * An extractive summary of what most reports of a story say: the facts carried by at least half
 * of the reports (and by two at least), the most carried first, at most {@link #SENTENCES}, put in
 * the order the first report to carry them tells them. A story of one report, or one whose reports
 * share no sentence, is summarised by the opening sentences of its first report.
 */
final class StorySummarizer {

    static final int SENTENCES = 3;
    private static final int OPENING_SENTENCES = 2;
    private static final int MIN_WORDS = 6;

    List<String> summarize(List<ReportText> reports, List<Fact> facts) {
        int needed = Math.max(2, (reports.size() + 1) / 2);
        List<Fact> shared = facts.stream().filter(fact -> fact.reports().size() >= needed).limit(SENTENCES).toList();
        if (shared.isEmpty()) {
            return FactFinder.reportingSentences(reports.get(0)).stream()
                    .map(ReportText.Sentence::text)
                    .filter(sentence -> sentence.split(" ").length >= MIN_WORDS)
                    .limit(OPENING_SENTENCES)
                    .toList();
        }
        Map<ArticleId, ReportText> byId = new HashMap<>();
        Map<ArticleId, Integer> order = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            byId.put(reports.get(i).article().id(), reports.get(i));
            order.put(reports.get(i).article().id(), i);
        }
        return shared.stream()
                .sorted(Comparator.comparingInt((Fact fact) -> order.get(fact.reports().get(0)))
                        .thenComparingInt(fact -> positionIn(byId.get(fact.reports().get(0)), fact.text())))
                .map(Fact::text)
                .toList();
    }

    private static int positionIn(ReportText report, String sentence) {
        List<ReportText.Sentence> sentences = report.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).text().equals(sentence)) {
                return i;
            }
        }
        return sentences.size();
    }
}
