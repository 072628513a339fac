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

    /**
     * @param reports  the story's reports, in its order
     * @param passages their aligned sentences, the most carried first
     */
    List<String> summarize(List<ArticleId> reports, List<Passage> passages) {
        int needed = Math.max(2, (reports.size() + 1) / 2);
        List<Passage> shared = passages.stream().filter(p -> p.sentences().size() >= needed).limit(SENTENCES).toList();
        if (shared.isEmpty()) {
            ArticleId first = reports.get(0);
            return passages.stream()
                    .flatMap(passage -> passage.sentences().stream())
                    .filter(sentence -> sentence.article().equals(first))
                    .sorted(Comparator.comparingInt(Passage.Sentence::index))
                    .map(Passage.Sentence::text)
                    .filter(sentence -> sentence.split(" ").length >= MIN_WORDS)
                    .limit(OPENING_SENTENCES)
                    .toList();
        }
        Map<ArticleId, Integer> order = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            order.put(reports.get(i), i);
        }
        return shared.stream()
                .sorted(Comparator.comparingInt((Passage p) -> order.get(p.sentences().get(0).article()))
                        .thenComparingInt(p -> p.sentences().get(0).index()))
                .map(Passage::text)
                .toList();
    }
}
