package org.briefing.analysis.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.briefing.analysis.text.TermVector;

/**
 * The pairs of articles similar enough to be reports of one event, found without comparing every
 * pair: each article is compared only with articles that share one of its heaviest, not too
 * common terms and, when both are dated, were published within {@link #MAX_DAYS_APART} days.
 * The work per article is bounded, so the graph grows about linearly with the archive.
 */
final class SimilarityGraph {

    /** Reports of one event appear within days of each other; a week leaves room for follow-ups. */
    static final long MAX_DAYS_APART = 7;
    /** Terms of an article used to find its candidates. */
    private static final int QUERY_TERMS = 24;
    /** Candidates per article whose exact similarity is computed, best by their shared heavy terms. */
    private static final int MAX_CANDIDATES = 20;
    /** A term in more articles than this says little about which event; it finds no candidates. */
    private static final int MIN_TERM_CAP = 400;
    /** Articles one scorer (one dense score array) handles. */
    private static final int CHUNK = 2_000;
    /** Likewise a term in more articles than this within the week around an article. */
    private static final int NEAR_CAP = 150;

    record Edge(int a, int b, double similarity) {
    }

    private SimilarityGraph() {
    }

    /** Edges with similarity of at least {@code minSimilarity}, each pair once ({@code a < b}), sorted. */
    static List<Edge> edges(List<TermVector> vectors, List<Optional<LocalDate>> dates, double minSimilarity) {
        int n = vectors.size();
        int[][] queries = IntStream.range(0, n).parallel().mapToObj(i -> vectors.get(i).topTerms(QUERY_TERMS)).toArray(int[][]::new);
        Map<Integer, Postings> postings = postings(queries, vectors, dates, Math.max(MIN_TERM_CAP, n / 250));
        int chunks = (n + CHUNK - 1) / CHUNK;
        List<List<Edge>> perChunk = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> new Scorer(n, vocabularySize(vectors)).edges(c * CHUNK, Math.min(n, (c + 1) * CHUNK), queries, vectors, dates,
                        postings, minSimilarity))
                .toList();
        // Each pair may be found from both ends; keep it once, sorted by (a, b).
        List<Edge> edges = new ArrayList<>();
        perChunk.forEach(edges::addAll);
        edges.sort(Comparator.comparingInt(Edge::a).thenComparingInt(Edge::b));
        List<Edge> unique = new ArrayList<>(edges.size() / 2 + 1);
        for (Edge edge : edges) {
            Edge last = unique.isEmpty() ? null : unique.get(unique.size() - 1);
            if (last == null || last.a() != edge.a() || last.b() != edge.b()) {
                unique.add(edge);
            }
        }
        return unique;
    }

    private static int vocabularySize(List<TermVector> vectors) {
        int largest = -1;
        for (TermVector vector : vectors) {
            if (vector.size() > 0) {
                largest = Math.max(largest, vector.termAt(vector.size() - 1));
            }
        }
        return largest + 1;
    }

    /**
     * Accumulates, for one article at a time, the partial similarity of every candidate in a
     * dense array indexed by article, and spreads the article's own weights over a dense array
     * indexed by term, so exact similarities are one pass over each candidate's terms. Both are
     * reset after each article; the inner loops allocate nothing. One scorer serves a chunk of
     * articles on one thread.
     */
    private static final class Scorer {
        private final double[] score;
        private final int[] touched;
        private final float[] spread;
        private int count;

        Scorer(int n, int vocabulary) {
            this.score = new double[n];
            this.touched = new int[n];
            this.spread = new float[vocabulary];
        }

        private double dot(TermVector other) {
            double dot = 0;
            for (int k = 0; k < other.size(); k++) {
                dot += spread[other.termAt(k)] * other.weightAt(k);
            }
            return dot;
        }

        List<Edge> edges(int from, int to, int[][] queries, List<TermVector> vectors, List<Optional<LocalDate>> dates,
                         Map<Integer, Postings> postings, double minSimilarity) {
            List<Edge> edges = new ArrayList<>();
            for (int i = from; i < to; i++) {
                TermVector vector = vectors.get(i);
                int self = i;
                for (int term : queries[i]) {
                    Postings holders = postings.get(term);
                    if (holders != null) {
                        double weight = vector.weightOf(term);
                        holders.forEachNear(dates.get(i), (j, otherWeight) -> {
                            if (j != self) {
                                if (score[j] == 0) {
                                    touched[count++] = j;
                                }
                                score[j] += weight * otherWeight;
                            }
                        });
                    }
                }
                for (int k = 0; k < vector.size(); k++) {
                    spread[vector.termAt(k)] = vector.weightAt(k);
                }
                for (int j : best()) {
                    double similarity = dot(vectors.get(j));
                    if (similarity >= minSimilarity) {
                        edges.add(new Edge(Math.min(i, j), Math.max(i, j), similarity));
                    }
                }
                for (int k = 0; k < vector.size(); k++) {
                    spread[vector.termAt(k)] = 0;
                }
            }
            return edges;
        }

        /** The {@link #MAX_CANDIDATES} best-scored candidates (ties by article), and a reset. */
        private int[] best() {
            long[] ranked = new long[count];
            for (int k = 0; k < count; k++) {
                int j = touched[k];
                ranked[k] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits((float) score[j])) << 32) | j;
                score[j] = 0;
            }
            Arrays.sort(ranked);
            int[] best = new int[Math.min(MAX_CANDIDATES, count)];
            for (int k = 0; k < best.length; k++) {
                best[k] = (int) ranked[k];
            }
            count = 0;
            return best;
        }
    }

    /** For each term, the articles that have it among their heaviest terms; common terms left out. */
    private static Map<Integer, Postings> postings(int[][] queries, List<TermVector> vectors,
                                                   List<Optional<LocalDate>> dates, int cap) {
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < queries.length; i++) {
            for (int term : queries[i]) {
                lists.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Postings> postings = new HashMap<>();
        lists.forEach((term, holders) -> {
            if (holders.size() > 1 && holders.size() <= cap) {
                postings.put(term, Postings.of(term, holders, vectors, dates));
            }
        });
        return postings;
    }

    /**
     * The articles holding one term: the dated ones sorted by day, so those within the window of
     * a date are found by binary search, and the undated ones, which are near every date.
     */
    private record Postings(int[] dated, float[] datedWeights, long[] days, int[] undated, float[] undatedWeights) {

        /** Receives an article holding the term and the term's weight in it. */
        interface Visitor {
            void visit(int article, float weight);
        }

        static Postings of(int term, List<Integer> holders, List<TermVector> vectors, List<Optional<LocalDate>> dates) {
            List<Integer> dated = holders.stream().filter(i -> dates.get(i).isPresent())
                    .sorted(Comparator.comparing((Integer i) -> dates.get(i).get()).thenComparing(i -> i)).toList();
            List<Integer> undated = holders.stream().filter(i -> dates.get(i).isEmpty()).toList();
            return new Postings(dated.stream().mapToInt(Integer::intValue).toArray(), weights(term, dated, vectors),
                    dated.stream().mapToLong(i -> dates.get(i).get().toEpochDay()).toArray(),
                    undated.stream().mapToInt(Integer::intValue).toArray(), weights(term, undated, vectors));
        }

        private static float[] weights(int term, List<Integer> articles, List<TermVector> vectors) {
            float[] weights = new float[articles.size()];
            for (int k = 0; k < weights.length; k++) {
                weights[k] = vectors.get(articles.get(k)).weightOf(term);
            }
            return weights;
        }

        /**
         * Visits the holders near {@code date}, unless there are more than {@link #NEAR_CAP} of
         * them: a term that common in the same week says little about which event.
         */
        void forEachNear(Optional<LocalDate> date, Visitor visitor) {
            int from = 0;
            int to = dated.length;
            if (date.isPresent()) {
                long day = date.get().toEpochDay();
                from = firstAtLeast(day - MAX_DAYS_APART);
                to = firstAtLeast(day + MAX_DAYS_APART + 1);
            }
            if (to - from + undated.length > NEAR_CAP) {
                return;
            }
            for (int k = from; k < to; k++) {
                visitor.visit(dated[k], datedWeights[k]);
            }
            for (int k = 0; k < undated.length; k++) {
                visitor.visit(undated[k], undatedWeights[k]);
            }
        }

        private int firstAtLeast(long day) {
            int low = 0;
            int high = days.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (days[middle] < day) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    static boolean withinWindow(Optional<LocalDate> a, Optional<LocalDate> b) {
        return a.isEmpty() || b.isEmpty() || Math.abs(ChronoUnit.DAYS.between(a.get(), b.get())) <= MAX_DAYS_APART;
    }
}
