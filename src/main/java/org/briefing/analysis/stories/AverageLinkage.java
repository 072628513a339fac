package org.briefing.analysis.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.briefing.analysis.stories.SimilarityGraph.Edge;

/**
 * Agglomerative clustering with average linkage on a sparse similarity graph: repeatedly joins the
 * two clusters whose mean pairwise similarity is highest, while it is at least the threshold.
 * Pairs without an edge count as similarity 0, so a cluster cannot grow by chaining through one
 * similar member the way single linkage lets it; two related but different events stay apart
 * unless their reports are similar as a whole. Ties break by cluster number, so the result is
 * deterministic.
 */
final class AverageLinkage {

    private record Candidate(double average, int a, int b, long versionA, long versionB) {
    }

    private AverageLinkage() {
    }

    /** Clusters of article indices {@code 0..n-1}; each cluster sorted, clusters by first member. */
    static List<List<Integer>> cluster(int n, List<Edge> edges, double threshold) {
        List<List<Integer>> members = new ArrayList<>();
        List<Map<Integer, Double>> crossSums = new ArrayList<>();
        long[] versions = new long[n];
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
            crossSums.add(new HashMap<>());
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>((x, y) -> x.average() != y.average()
                ? Double.compare(y.average(), x.average())
                : x.a() != y.a() ? Integer.compare(x.a(), y.a()) : Integer.compare(x.b(), y.b()));
        for (Edge edge : edges) {
            crossSums.get(edge.a()).merge(edge.b(), edge.similarity(), Double::sum);
            crossSums.get(edge.b()).merge(edge.a(), edge.similarity(), Double::sum);
        }
        for (Edge edge : edges) {
            if (edge.similarity() >= threshold) {
                queue.add(new Candidate(edge.similarity(), edge.a(), edge.b(), 0, 0));
            }
        }
        while (!queue.isEmpty()) {
            Candidate best = queue.poll();
            if (best.average() < threshold) {
                break;
            }
            if (members.get(best.a()) == null || members.get(best.b()) == null
                    || versions[best.a()] != best.versionA() || versions[best.b()] != best.versionB()) {
                continue;
            }
            int keep = Math.min(best.a(), best.b());
            int gone = Math.max(best.a(), best.b());
            members.get(keep).addAll(members.get(gone));
            members.set(gone, null);
            Map<Integer, Double> keepSums = crossSums.get(keep);
            keepSums.remove(gone);
            crossSums.get(gone).forEach((other, sum) -> {
                if (other != keep) {
                    keepSums.merge(other, sum, Double::sum);
                    Map<Integer, Double> otherSums = crossSums.get(other);
                    otherSums.remove(gone);
                    otherSums.merge(keep, sum, Double::sum);
                }
            });
            crossSums.set(gone, Map.of());
            versions[keep]++;
            versions[gone]++;
            int keepSize = members.get(keep).size();
            new TreeMap<>(keepSums).forEach((other, sum) -> {
                double average = sum / ((double) keepSize * members.get(other).size());
                if (average >= threshold) {
                    int a = Math.min(keep, other);
                    int b = Math.max(keep, other);
                    queue.add(new Candidate(average, a, b, versions[a], versions[b]));
                }
            });
        }
        List<List<Integer>> clusters = new ArrayList<>();
        for (List<Integer> cluster : members) {
            if (cluster != null) {
                cluster.sort(Integer::compare);
                clusters.add(List.copyOf(cluster));
            }
        }
        clusters.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return clusters;
    }
}
