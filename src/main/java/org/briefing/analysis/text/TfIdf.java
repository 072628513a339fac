package org.briefing.analysis.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Weights terms by how rare they are in the collection (inverse document frequency) and builds a
 * normalised vector per document. Term ids follow the sorted terms, so the same documents always
 * give the same vectors.
 */
public final class TfIdf {

    /**
     * Documents the collection is assumed to sit in. A term all five reports of a five-report
     * archive share would otherwise weigh nothing, though it is what they have in common; with
     * large archives the background no longer matters.
     */
    static final double BACKGROUND_DOCUMENTS = 50;

    private TfIdf() {
    }

    /**
     * @param documents for each document, its terms with their (field-weighted) counts
     * @return one vector per document, in the same order; weights are {@code (1 + ln tf) * idf} (a count below 1 is used as is)
     */
    public static List<TermVector> vectors(List<Map<String, Double>> documents) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Map<String, Double> document : documents) {
            for (String term : document.keySet()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        int next = 0;
        for (String term : new TreeSet<>(documentFrequency.keySet())) {
            ids.put(term, next++);
        }
        int n = documents.size();
        return documents.parallelStream().map(document -> {
            Map<Integer, Double> weights = new TreeMap<>();
            document.forEach((term, count) -> {
                double idf = Math.log((n + BACKGROUND_DOCUMENTS) / (documentFrequency.get(term) + 0.5));
                double tf = count >= 1 ? 1 + Math.log(count) : count;
                weights.put(ids.get(term), tf * Math.max(idf, 0));
            });
            return TermVector.of(weights);
        }).toList();
    }
}
