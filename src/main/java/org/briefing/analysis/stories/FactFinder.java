package org.briefing.analysis.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the facts of a story: sentences that two or more of its reports carry, in the same words
 * or nearly ("ready to negotiate from tomorrow" / "ready to negotiate starting tomorrow"). Each
 * sentence joins the group holding the sentence that shares most of its content words, if that
 * share is at least {@link #SAME_FACT}; a group takes at most one sentence per report. Groups are
 * found through an index of their words, so a sentence is compared only with sentences it shares
 * words with. Facts are ranked by how many reports carry them, then by how early they appear.
 */
final class FactFinder {

    /** Share of the shorter sentence's content words the other must carry (overlap coefficient). */
    static final double SAME_FACT = 0.6;
    private static final int MIN_CONTENT_WORDS = 4;
    private static final int MAX_SENTENCES_PER_REPORT = 80;
    /**
     * Candidates are looked up by a sentence's rarest words: names, numbers and uncommon verbs,
     * which paraphrases keep, rather than words most sentences share.
     */
    private static final int LOOKUP_WORDS = 4;

    private static final class Group {
        final List<int[]> members = new ArrayList<>();
        final Set<Integer> reports = new LinkedHashSet<>();
        final String text;
        final int position;

        Group(String text, int position) {
            this.text = text;
            this.position = position;
        }
    }

    /** Facts carried by at least two reports, most carried first. */
    List<Fact> find(List<ReportText> reports) {
        List<Group> groups = new ArrayList<>();
        Map<Integer, List<Group>> groupsByWord = new HashMap<>();
        for (int r = 0; r < reports.size(); r++) {
            int position = 0;
            for (ReportText.Sentence sentence : reportingSentences(reports.get(r))) {
                position++;
                int[] words = Arrays.stream(sentence.terms()).distinct().sorted().toArray();
                if (words.length < MIN_CONTENT_WORDS) {
                    continue;
                }
                Group best = bestGroup(words, r, groupsByWord);
                if (best == null) {
                    best = new Group(sentence.text(), position);
                    groups.add(best);
                }
                best.members.add(words);
                best.reports.add(r);
                for (int word : words) {
                    List<Group> holders = groupsByWord.computeIfAbsent(word, w -> new ArrayList<>());
                    if (holders.isEmpty() || holders.get(holders.size() - 1) != best) {
                        holders.add(best);
                    }
                }
            }
        }
        return groups.stream()
                .filter(group -> group.reports.size() >= 2)
                .sorted(Comparator.comparingInt((Group g) -> -g.reports.size()).thenComparingInt(g -> g.position))
                .map(group -> new Fact(group.text, group.reports.stream().map(r -> reports.get(r).article().id()).toList()))
                .toList();
    }

    private static Group bestGroup(int[] words, int report, Map<Integer, List<Group>> groupsByWord) {
        // A sentence that shares most of its words with another shares some of its rarer ones:
        // look the candidates up by those, not by words every sentence has.
        long[] byRarity = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            byRarity[i] = ((long) groupsByWord.getOrDefault(words[i], List.of()).size() << 32) | words[i];
        }
        Arrays.sort(byRarity);
        Set<Group> candidates = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(LOOKUP_WORDS, byRarity.length); i++) {
            candidates.addAll(groupsByWord.getOrDefault((int) byRarity[i], List.of()));
        }
        Group best = null;
        double bestShare = SAME_FACT;
        for (Group group : candidates) {
            if (group.reports.contains(report)) {
                continue;
            }
            for (int[] member : group.members) {
                double share = overlap(words, member);
                if (share >= bestShare) {
                    best = group;
                    bestShare = share;
                }
            }
        }
        return best;
    }

    /** The sentences of a report's paragraphs and quotes, at most {@link #MAX_SENTENCES_PER_REPORT}. */
    static List<ReportText.Sentence> reportingSentences(ReportText report) {
        return report.sentences().stream().filter(ReportText.Sentence::reporting).limit(MAX_SENTENCES_PER_REPORT).toList();
    }

    /** Shared words over the smaller set's size; both arrays sorted and without repeats. */
    static double overlap(int[] a, int[] b) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / Math.min(a.length, b.length);
    }
}
