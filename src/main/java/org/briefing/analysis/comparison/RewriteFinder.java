package org.briefing.analysis.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.briefing.analysis.stories.Passage;
import org.briefing.content.ArticleId;
import org.briefing.content.TextShape;

/**
 * Finds the pairs of reports that are rewrites of one another: those whose aligned sentences hold
 * at least {@link #REWRITE} of their words. Reports that merely tell the same event share their
 * facts and a quote or two; a rewrite follows its source paragraph by paragraph.
 */
final class RewriteFinder {

    static final double REWRITE = 0.5;

    /**
     * Every pair's share of aligned words, most similar first; a rewrite when it reaches {@link #REWRITE}.
     *
     * @param reports  the story's reports, in its order
     * @param passages every sentence of the reports, aligned
     */
    List<Rewrite> pairs(List<ArticleId> reports, List<Passage> passages) {
        int n = reports.size();
        double[][] aligned = new double[n][n];
        double[] total = new double[n];
        Map<ArticleId, Integer> reportIndex = new HashMap<>();
        for (int r = 0; r < n; r++) {
            reportIndex.put(reports.get(r), r);
        }
        for (Passage passage : passages) {
            List<Passage.Sentence> sentences = passage.sentences();
            int[] report = sentences.stream().mapToInt(s -> reportIndex.get(s.article())).toArray();
            int[] words = sentences.stream().mapToInt(s -> TextShape.wordCount(s.text())).toArray();
            // every sentence is in one passage, so the passages hold each report's words
            for (int a = 0; a < report.length; a++) {
                total[report[a]] += words[a];
            }
            for (int a = 0; a < report.length; a++) {
                for (int b = 0; b < report.length; b++) {
                    if (a != b) {
                        aligned[report[a]][report[b]] += words[a];
                    }
                }
            }
        }
        List<Rewrite> pairs = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double words = total[a] + total[b];
                double share = words == 0 ? 0 : (aligned[a][b] + aligned[b][a]) / words;
                pairs.add(new Rewrite(reports.get(a), reports.get(b), Math.min(1, share)));
            }
        }
        pairs.sort(Comparator.comparingDouble((Rewrite r) -> -r.similarity()));
        return pairs;
    }
}
