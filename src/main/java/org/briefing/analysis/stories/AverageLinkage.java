package org.briefing.analysis.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The span of a cluster without dated reports: empty, so any date widens it. */
    private static final long UNDATED_FIRST = Long.MAX_VALUE;
    private static final long UNDATED_LAST = Long.MIN_VALUE;

    private AverageLinkage() {
    }

    /** Whether both clusters have dated reports and their spans come within the graph's window. */
    private static boolean sameWeek(long[] firstDay, long[] lastDay, int a, int b) {
        return firstDay[a] != UNDATED_FIRST && firstDay[b] != UNDATED_FIRST
                && firstDay[a] <= lastDay[b] + SimilarityGraph.MAX_DAYS_APART
                && firstDay[b] <= lastDay[a] + SimilarityGraph.MAX_DAYS_APART;
    }

    /**
     * Clusters of article indices {@code 0..n-1}; each cluster sorted, clusters by first member.
     * Two clusters are never joined while their {@link EventEvidence} conflicts by more than
     * {@code maxConflict} ({@link EvidenceCounts#conflictWith}), unless both have dated reports
     * within a week of each other; {@code evidence} holds each article's evidence terms, sorted
     * and distinct, and {@code dates} each article's day, if known.
     */
    static List<List<Integer>> cluster(int n, List<Edge> edges, double threshold, List<Optional<LocalDate>> dates,
                                       List<int[]> evidence, double maxConflict) {
        EvidenceCounts[] counts = new EvidenceCounts[n];
        long[] firstDay = new long[n];
        long[] lastDay = new long[n];
        for (int i = 0; i < n; i++) {
            counts[i] = EvidenceCounts.ofReport(evidence.get(i));
            firstDay[i] = dates.get(i).map(LocalDate::toEpochDay).orElse(UNDATED_FIRST);
            lastDay[i] = dates.get(i).map(LocalDate::toEpochDay).orElse(UNDATED_LAST);
        }
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
            // Two groups that each name what the other does not are look-alike events, unless their
            // dated reports fall in one week: then the names are one event's stages (the rehab
            // clinic she skipped, the one she entered). A dropped pair comes back only if one of
            // the groups grows and its average is computed again.
            if (!sameWeek(firstDay, lastDay, keep, gone) && counts[keep].conflictWith(counts[gone]) > maxConflict) {
                continue;
            }
            counts[keep] = counts[keep].plus(counts[gone]);
            counts[gone] = null;
            firstDay[keep] = Math.min(firstDay[keep], firstDay[gone]);
            lastDay[keep] = Math.max(lastDay[keep], lastDay[gone]);
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
