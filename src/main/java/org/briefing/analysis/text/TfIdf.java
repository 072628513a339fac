package org.briefing.analysis.text;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Weights terms by how rare they are in the collection (inverse document frequency) and builds a
 * normalised vector per document. Terms are vocabulary numbers, so the same documents always give
 * the same vectors.
 */
public final class TfIdf {

    /**
     * Documents the collection is assumed to sit in. A term all five reports of a five-report
     * archive share would otherwise weigh nothing, though it is what they have in common; with
     * large archives the background no longer matters.
     */
    static final double BACKGROUND_DOCUMENTS = 50;

    /** A document's terms and their (field-weighted) counts; {@code terms} holds no repeats. */
    public record Counts(int[] terms, double[] counts) {
    }

    private TfIdf() {
    }

    /**
     * @param vocabularySize the number of distinct term numbers
     * @return one vector per document, in the same order; weights are {@code (1 + ln tf) * idf}
     *         (a count below 1 is used as is)
     */
    public static List<TermVector> vectors(List<Counts> documents, int vocabularySize) {
        int[] documentFrequency = new int[vocabularySize];
        for (Counts document : documents) {
            for (int term : document.terms()) {
                documentFrequency[term]++;
            }
        }
        int n = documents.size();
        return IntStream.range(0, n).parallel().mapToObj(d -> {
            Counts document = documents.get(d);
            double[] weights = new double[document.terms().length];
            for (int i = 0; i < weights.length; i++) {
                double count = document.counts()[i];
                double tf = count >= 1 ? 1 + Math.log(count) : count;
                double idf = Math.log((n + BACKGROUND_DOCUMENTS) / (documentFrequency[document.terms()[i]] + 0.5));
                weights[i] = tf * Math.max(idf, 0);
            }
            return TermVector.of(document.terms(), weights);
        }).toList();
    }
}
