package org.briefing.analysis.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.briefing.analysis.stories.SimilarityGraph.Edge;
import org.briefing.analysis.text.TermVector;

/**
 * A last pass over the clusters, as in k-means: a report moves to a neighbouring story when it is
 * clearly closer to that story as a whole (its centroid) than to the rest of its own story. This
 * mends the joins average linkage makes early on the strength of one similar pair. Only stories of
 * a report's graph neighbours are considered, and only within the date window of all their
 * reports, so the pass stays linear. Centroids are kept as sparse sums.
 */
final class CentroidRefiner {

    /** How much closer the other story must be, so reports do not flip between near-equal stories. */
    static final double MARGIN = 0.05;
    private static final int PASSES = 2;

    /** The sum of a cluster's vectors: sorted term ids with their summed weights. */
    private static final class Centroid {
        int[] terms = new int[0];
        double[] sums = new double[0];
        double squaredNorm;
        final List<Integer> members = new ArrayList<>();

        double dot(TermVector vector) {
            double dot = 0;
            int i = 0;
            int j = 0;
            while (i < vector.size() && j < terms.length) {
                int term = vector.termAt(i);
                if (term == terms[j]) {
                    dot += vector.weightAt(i) * sums[j];
                    i++;
                    j++;
                } else if (term < terms[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot;
        }

        void add(TermVector vector, int sign) {
            int[] mergedTerms = new int[terms.length + vector.size()];
            double[] mergedSums = new double[mergedTerms.length];
            int i = 0;
            int j = 0;
            int k = 0;
            while (i < vector.size() || j < terms.length) {
                int term = j == terms.length || (i < vector.size() && vector.termAt(i) < terms[j]) ? vector.termAt(i) : terms[j];
                double before = j < terms.length && terms[j] == term ? sums[j++] : 0;
                double after = before + (i < vector.size() && vector.termAt(i) == term ? sign * vector.weightAt(i++) : 0);
                squaredNorm += after * after - before * before;
                mergedTerms[k] = term;
                mergedSums[k++] = after;
            }
            terms = Arrays.copyOf(mergedTerms, k);
            sums = Arrays.copyOf(mergedSums, k);
            squaredNorm = Math.max(0, squaredNorm);
        }
    }

    private final List<TermVector> vectors;
    private final List<Optional<LocalDate>> dates;
    private final double threshold;
    private final int[] owner;
    private final List<Centroid> clusters = new ArrayList<>();

    private CentroidRefiner(List<TermVector> vectors, List<Optional<LocalDate>> dates, double threshold) {
        this.vectors = vectors;
        this.dates = dates;
        this.threshold = threshold;
        this.owner = new int[vectors.size()];
    }

    static List<List<Integer>> refine(List<List<Integer>> clusters, List<TermVector> vectors,
                                      List<Optional<LocalDate>> dates, List<Edge> edges, double threshold) {
        CentroidRefiner refiner = new CentroidRefiner(vectors, dates, threshold);
        for (List<Integer> cluster : clusters) {
            Centroid centroid = new Centroid();
            refiner.clusters.add(centroid);
            cluster.forEach(i -> refiner.add(i, refiner.clusters.size() - 1));
        }
        int[][] neighbours = neighbours(vectors.size(), edges);
        for (int pass = 0; pass < PASSES; pass++) {
            boolean moved = false;
            for (int i = 0; i < vectors.size(); i++) {
                moved |= refiner.reconsider(i, neighbours[i]);
            }
            if (!moved) {
                break;
            }
        }
        List<List<Integer>> refined = new ArrayList<>();
        for (Centroid cluster : refiner.clusters) {
            if (!cluster.members.isEmpty()) {
                refined.add(cluster.members.stream().sorted().toList());
            }
        }
        refined.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return refined;
    }

    /** Each article's graph neighbours, as arrays (compact at a hundred thousand articles). */
    private static int[][] neighbours(int n, List<Edge> edges) {
        int[] degree = new int[n];
        for (Edge edge : edges) {
            degree[edge.a()]++;
            degree[edge.b()]++;
        }
        int[][] neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = new int[degree[i]];
        }
        int[] filled = new int[n];
        for (Edge edge : edges) {
            neighbours[edge.a()][filled[edge.a()]++] = edge.b();
            neighbours[edge.b()][filled[edge.b()]++] = edge.a();
        }
        return neighbours;
    }

    private boolean reconsider(int i, int[] neighbours) {
        int own = owner[i];
        double ownSimilarity = clusters.get(own).members.size() > 1 ? leaveOneOut(i, own) : 0;
        int best = -1;
        double bestSimilarity = Math.max(threshold, ownSimilarity + MARGIN);
        TreeSet<Integer> candidates = new TreeSet<>();
        for (int j : neighbours) {
            candidates.add(owner[j]);
        }
        for (int cluster : candidates) {
            if (cluster == own || !withinWindow(i, cluster)) {
                continue;
            }
            double similarity = toCentroid(i, cluster);
            if (similarity > bestSimilarity) {
                best = cluster;
                bestSimilarity = similarity;
            }
        }
        if (best < 0) {
            return false;
        }
        remove(i, own);
        add(i, best);
        return true;
    }

    private boolean withinWindow(int i, int cluster) {
        for (int j : clusters.get(cluster).members) {
            if (!SimilarityGraph.withinWindow(dates.get(i), dates.get(j))) {
                return false;
            }
        }
        return true;
    }

    private double toCentroid(int i, int cluster) {
        double norm = Math.sqrt(clusters.get(cluster).squaredNorm);
        return norm == 0 ? 0 : clusters.get(cluster).dot(vectors.get(i)) / norm;
    }

    /** Cosine with the centroid of the cluster's other members (vectors have unit length). */
    private double leaveOneOut(int i, int cluster) {
        Centroid centroid = clusters.get(cluster);
        double dot = centroid.dot(vectors.get(i));
        double squared = centroid.squaredNorm - 2 * dot + 1;
        return squared <= 1e-12 ? 0 : (dot - 1) / Math.sqrt(squared);
    }

    private void add(int i, int cluster) {
        clusters.get(cluster).add(vectors.get(i), 1);
        clusters.get(cluster).members.add(i);
        owner[i] = cluster;
    }

    private void remove(int i, int cluster) {
        clusters.get(cluster).add(vectors.get(i), -1);
        clusters.get(cluster).members.remove(Integer.valueOf(i));
    }
}
