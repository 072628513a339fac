package org.briefing.analysis.stories;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a grouping matches a gold grouping, by B-cubed precision, recall and F1 (each item
 * scored by how much of its cluster is right, averaged over items) and by pairwise F1 (over pairs
 * of items put together). Only items present in both groupings count.
 */
public record ClusteringScore(double precision, double recall, double f1, double pairPrecision, double pairRecall,
                              double pairF1, int items) {

    public static ClusteringScore of(Collection<? extends Collection<String>> predicted,
                                     Collection<? extends Collection<String>> gold) {
        Map<String, Integer> predictedCluster = clusterIds(predicted);
        Map<String, Integer> goldCluster = clusterIds(gold);
        Set<String> items = new HashSet<>(predictedCluster.keySet());
        items.retainAll(goldCluster.keySet());
        Map<Integer, Set<String>> predictedMembers = members(predictedCluster, items);
        Map<Integer, Set<String>> goldMembers = members(goldCluster, items);

        double precision = 0;
        double recall = 0;
        long truePairs = 0;
        long predictedPairs = 0;
        long goldPairs = 0;
        for (String item : items) {
            Set<String> mine = predictedMembers.get(predictedCluster.get(item));
            Set<String> truth = goldMembers.get(goldCluster.get(item));
            long both = mine.stream().filter(truth::contains).count();
            precision += (double) both / mine.size();
            recall += (double) both / truth.size();
            truePairs += both - 1;
            predictedPairs += mine.size() - 1;
            goldPairs += truth.size() - 1;
        }
        int n = items.size();
        double p = n == 0 ? 0 : precision / n;
        double r = n == 0 ? 0 : recall / n;
        double pairP = predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs;
        double pairR = goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
        return new ClusteringScore(p, r, harmonic(p, r), pairP, pairR, harmonic(pairP, pairR), n);
    }

    private static Map<String, Integer> clusterIds(Collection<? extends Collection<String>> clusters) {
        Map<String, Integer> ids = new HashMap<>();
        int id = 0;
        for (Collection<String> cluster : clusters) {
            for (String item : cluster) {
                ids.put(item, id);
            }
            id++;
        }
        return ids;
    }

    private static Map<Integer, Set<String>> members(Map<String, Integer> clusterOf, Set<String> items) {
        Map<Integer, Set<String>> members = new HashMap<>();
        for (String item : items) {
            members.computeIfAbsent(clusterOf.get(item), k -> new HashSet<>()).add(item);
        }
        return members;
    }

    private static double harmonic(double a, double b) {
        return a + b == 0 ? 0 : 2 * a * b / (a + b);
    }

    /** For tests and reports: the score as one line. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "B-cubed precision %.4f  recall %.4f  F1 %.4f | pairwise precision %.4f  recall %.4f  F1 %.4f | %d articles",
                precision, recall, f1, pairPrecision, pairRecall, pairF1, items);
    }
}
