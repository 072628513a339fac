package org.briefing.analysis.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.briefing.analysis.stories.SimilarityGraph.Edge;
import org.briefing.analysis.text.TermVector;

/**
 * A last pass over the clusters, as in k-means: a report moves to a neighbouring story when it is
 * clearly closer to that story as a whole (its centroid) than to the rest of its own story. This
 * mends the joins average linkage makes early on the strength of one similar pair. Only stories of
 * a report's graph neighbours are considered, and only within the date window of all their
 * reports, so the pass stays linear.
 */
final class CentroidRefiner {

    /** How much closer the other story must be, so reports do not flip between near-equal stories. */
    static final double MARGIN = 0.05;
    private static final int PASSES = 2;

    private final List<TermVector> vectors;
    private final List<Optional<LocalDate>> dates;
    private final double threshold;
    private final int[] owner;
    private final List<List<Integer>> members = new ArrayList<>();
    private final List<Map<Integer, Double>> sums = new ArrayList<>();
    private final List<Double> squaredNorms = new ArrayList<>();

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
            int id = refiner.members.size();
            refiner.members.add(new ArrayList<>());
            refiner.sums.add(new HashMap<>());
            refiner.squaredNorms.add(0.0);
            cluster.forEach(i -> refiner.add(i, id));
        }
        List<TreeSet<Integer>> neighbours = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            neighbours.add(new TreeSet<>());
        }
        for (Edge edge : edges) {
            neighbours.get(edge.a()).add(edge.b());
            neighbours.get(edge.b()).add(edge.a());
        }
        for (int pass = 0; pass < PASSES; pass++) {
            boolean moved = false;
            for (int i = 0; i < vectors.size(); i++) {
                moved |= refiner.reconsider(i, neighbours.get(i));
            }
            if (!moved) {
                break;
            }
        }
        List<List<Integer>> refined = new ArrayList<>();
        for (List<Integer> cluster : refiner.members) {
            if (!cluster.isEmpty()) {
                refined.add(cluster.stream().sorted().toList());
            }
        }
        refined.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return refined;
    }

    private boolean reconsider(int i, TreeSet<Integer> neighbours) {
        int own = owner[i];
        double ownSimilarity = members.get(own).size() > 1 ? leaveOneOut(i, own) : 0;
        int best = -1;
        double bestSimilarity = Math.max(threshold, ownSimilarity + MARGIN);
        for (int cluster : new TreeSet<>(neighbours.stream().map(j -> owner[j]).toList())) {
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
        for (int j : members.get(cluster)) {
            if (!SimilarityGraph.withinWindow(dates.get(i), dates.get(j))) {
                return false;
            }
        }
        return true;
    }

    private double dot(int i, int cluster) {
        TermVector vector = vectors.get(i);
        Map<Integer, Double> sum = sums.get(cluster);
        double dot = 0;
        for (int k = 0; k < vector.size(); k++) {
            dot += vector.weightAt(k) * sum.getOrDefault(vector.termAt(k), 0.0);
        }
        return dot;
    }

    private double toCentroid(int i, int cluster) {
        double norm = Math.sqrt(squaredNorms.get(cluster));
        return norm == 0 ? 0 : dot(i, cluster) / norm;
    }

    /** Cosine with the centroid of the cluster's other members (vectors have unit length). */
    private double leaveOneOut(int i, int cluster) {
        double dot = dot(i, cluster);
        double squared = squaredNorms.get(cluster) - 2 * dot + 1;
        return squared <= 1e-12 ? 0 : (dot - 1) / Math.sqrt(squared);
    }

    private void add(int i, int cluster) {
        update(i, cluster, 1);
        members.get(cluster).add(i);
        owner[i] = cluster;
    }

    private void remove(int i, int cluster) {
        update(i, cluster, -1);
        members.get(cluster).remove(Integer.valueOf(i));
    }

    private void update(int i, int cluster, int sign) {
        TermVector vector = vectors.get(i);
        Map<Integer, Double> sum = sums.get(cluster);
        double squared = squaredNorms.get(cluster);
        for (int k = 0; k < vector.size(); k++) {
            double before = sum.getOrDefault(vector.termAt(k), 0.0);
            double after = before + sign * vector.weightAt(k);
            squared += after * after - before * before;
            sum.put(vector.termAt(k), after);
        }
        squaredNorms.set(cluster, Math.max(0, squared));
    }
}
