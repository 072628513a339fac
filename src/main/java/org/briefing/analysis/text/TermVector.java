package org.briefing.analysis.text;

import java.util.Arrays;

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

    /** Builds a normalised vector from raw weights; {@code terms} holds no repeats; zero weights are dropped. */
    public static TermVector of(int[] terms, double[] weights) {
        double norm = 0;
        int kept = 0;
        for (double weight : weights) {
            if (weight > 0) {
                norm += weight * weight;
                kept++;
            }
        }
        if (kept == 0) {
            return EMPTY;
        }
        norm = Math.sqrt(norm);
        // sort (term, index) pairs packed into longs: one primitive sort
        long[] order = new long[kept];
        int k = 0;
        for (int i = 0; i < terms.length; i++) {
            if (weights[i] > 0) {
                order[k++] = ((long) terms[i] << 32) | i;
            }
        }
        java.util.Arrays.sort(order);
        int[] sortedTerms = new int[kept];
        float[] sortedWeights = new float[kept];
        for (int i = 0; i < kept; i++) {
            sortedTerms[i] = (int) (order[i] >>> 32);
            sortedWeights[i] = (float) (weights[(int) order[i]] / norm);
        }
        return new TermVector(sortedTerms, sortedWeights);
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

    /** The weight of {@code term}, 0 when the vector lacks it. */
    public float weightOf(int term) {
        int at = java.util.Arrays.binarySearch(terms, term);
        return at < 0 ? 0 : weights[at];
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
        // Weights are positive, so their float bits sort as the weights do: one primitive sort of
        // (weight, term) packed into longs, heaviest first, ties by term id.
        long[] keys = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            keys[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(weights[i])) << 32) | terms[i];
        }
        Arrays.sort(keys);
        int n = Math.min(count, keys.length);
        int[] top = new int[n];
        for (int i = 0; i < n; i++) {
            top[i] = (int) keys[i];
        }
        return top;
    }
}
