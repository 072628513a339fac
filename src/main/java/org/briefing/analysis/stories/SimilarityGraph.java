package org.briefing.analysis.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
    /** Candidates per article whose exact similarity is computed. */
    private static final int MAX_CANDIDATES = 40;
    /** A term in more articles than this says little about which event; it finds no candidates. */
    private static final int MIN_TERM_CAP = 400;

    record Edge(int a, int b, double similarity) {
    }

    private SimilarityGraph() {
    }

    /** Edges with similarity of at least {@code minSimilarity}, each pair once ({@code a < b}), sorted. */
    static List<Edge> edges(List<TermVector> vectors, List<Optional<LocalDate>> dates, double minSimilarity) {
        int n = vectors.size();
        Map<Integer, Postings> postings = postings(vectors, dates, Math.max(MIN_TERM_CAP, n / 250));
        List<List<Edge>> perArticle = IntStream.range(0, n).parallel()
                .mapToObj(i -> edgesOf(i, vectors, dates, postings, minSimilarity))
                .toList();
        Map<Long, Edge> unique = new HashMap<>();
        for (List<Edge> edges : perArticle) {
            for (Edge edge : edges) {
                unique.putIfAbsent((long) edge.a() * n + edge.b(), edge);
            }
        }
        List<Edge> edges = new ArrayList<>(unique.values());
        edges.sort(Comparator.comparingInt(Edge::a).thenComparingInt(Edge::b));
        return edges;
    }

    private static List<Edge> edgesOf(int i, List<TermVector> vectors, List<Optional<LocalDate>> dates,
                                      Map<Integer, Postings> postings, double minSimilarity) {
        TermVector vector = vectors.get(i);
        Map<Integer, Double> partial = new HashMap<>();
        Optional<LocalDate> date = dates.get(i);
        for (int term : vector.topTerms(QUERY_TERMS)) {
            Postings holders = postings.get(term);
            if (holders != null) {
                holders.forEachNear(date, j -> {
                    if (j != i) {
                        partial.merge(j, 1.0, Double::sum);
                    }
                });
            }
        }
        List<Map.Entry<Integer, Double>> best = partial.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CANDIDATES)
                .toList();
        List<Edge> edges = new ArrayList<>();
        for (Map.Entry<Integer, Double> candidate : best) {
            int j = candidate.getKey();
            double similarity = vector.dot(vectors.get(j));
            if (similarity >= minSimilarity) {
                edges.add(new Edge(Math.min(i, j), Math.max(i, j), similarity));
            }
        }
        return edges;
    }

    /** For each term, the articles that have it among their heaviest terms; common terms left out. */
    private static Map<Integer, Postings> postings(List<TermVector> vectors, List<Optional<LocalDate>> dates, int cap) {
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (int term : vectors.get(i).topTerms(QUERY_TERMS)) {
                lists.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Postings> postings = new HashMap<>();
        lists.forEach((term, holders) -> {
            if (holders.size() > 1 && holders.size() <= cap) {
                postings.put(term, Postings.of(holders, dates));
            }
        });
        return postings;
    }

    /**
     * The articles holding one term: the dated ones sorted by day, so those within the window of
     * a date are found by binary search, and the undated ones, which are near every date.
     */
    private record Postings(int[] dated, long[] days, int[] undated) {

        static Postings of(List<Integer> holders, List<Optional<LocalDate>> dates) {
            List<Integer> dated = holders.stream().filter(i -> dates.get(i).isPresent())
                    .sorted(Comparator.comparing((Integer i) -> dates.get(i).get()).thenComparing(i -> i)).toList();
            int[] undated = holders.stream().filter(i -> dates.get(i).isEmpty()).mapToInt(Integer::intValue).toArray();
            return new Postings(dated.stream().mapToInt(Integer::intValue).toArray(),
                    dated.stream().mapToLong(i -> dates.get(i).get().toEpochDay()).toArray(), undated);
        }

        void forEachNear(Optional<LocalDate> date, java.util.function.IntConsumer action) {
            int from = 0;
            int to = dated.length;
            if (date.isPresent()) {
                long day = date.get().toEpochDay();
                from = firstAtLeast(day - MAX_DAYS_APART);
                to = firstAtLeast(day + MAX_DAYS_APART + 1);
            }
            for (int k = from; k < to; k++) {
                action.accept(dated[k]);
            }
            for (int j : undated) {
                action.accept(j);
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
