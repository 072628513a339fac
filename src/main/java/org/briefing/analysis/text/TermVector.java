package org.briefing.analysis.text;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sparse, L2-normalised vector of term weights, stored as sorted term ids and weights so that
 * dot products are a linear merge. Immutable.
 */
public final class TermVector {

    public static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

    private final int[] terms;
    private final float[] weights;

    private TermVector(int[] terms, float[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /** Builds a normalised vector from raw weights by term id; zero weights are dropped. */
    public static TermVector of(Map<Integer, Double> raw) {
        TreeMap<Integer, Double> sorted = new TreeMap<>(raw);
        sorted.values().removeIf(w -> w <= 0);
        double norm = Math.sqrt(sorted.values().stream().mapToDouble(w -> w * w).sum());
        if (norm == 0) {
            return EMPTY;
        }
        int[] terms = new int[sorted.size()];
        float[] weights = new float[sorted.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> entry : sorted.entrySet()) {
            terms[i] = entry.getKey();
            weights[i] = (float) (entry.getValue() / norm);
            i++;
        }
        return new TermVector(terms, weights);
    }

    /** Cosine similarity (both vectors are normalised). */
    public double dot(TermVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            if (terms[i] == other.terms[j]) {
                sum += weights[i] * other.weights[j];
                i++;
                j++;
            } else if (terms[i] < other.terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    public int size() {
        return terms.length;
    }

    public int termAt(int index) {
        return terms[index];
    }

    public float weightAt(int index) {
        return weights[index];
    }

    /** The ids of the {@code count} heaviest terms, heaviest first (ties by id). */
    public int[] topTerms(int count) {
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Float.compare(weights[b], weights[a]) : Integer.compare(terms[a], terms[b]));
        int n = Math.min(count, order.length);
        int[] top = new int[n];
        for (int i = 0; i < n; i++) {
            top[i] = terms[order[i]];
        }
        return top;
    }
}
