package org.briefing.analysis.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.briefing.analysis.text.Sentences;
import org.briefing.analysis.text.Words;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.DatelinePlaces;
import org.briefing.content.ArticleId;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;

/**
 * Finds the facts of a story: sentences that two or more of its reports carry, in the same words
 * or nearly ("ready to negotiate from tomorrow" / "ready to negotiate starting tomorrow"). Each
 * sentence joins the group whose sentences share most of its content words, if that share is at
 * least {@link #SAME_FACT}; a group takes at most one sentence per report. Facts are ranked by how
 * many reports carry them, then by how early they appear.
 */
final class FactFinder {

    /** Share of the shorter sentence's content words the other must carry (overlap coefficient). */
    static final double SAME_FACT = 0.6;
    private static final int MIN_CONTENT_WORDS = 4;
    private static final int MAX_SENTENCES_PER_REPORT = 80;

    private static final class Group {
        final List<Set<String>> terms = new ArrayList<>();
        final Set<Integer> reports = new LinkedHashSet<>();
        final String text;
        final int position;

        Group(String text, int position) {
            this.text = text;
            this.position = position;
        }
    }

    /** Facts carried by at least two reports, most carried first. */
    List<Fact> find(List<CleanArticle> reports) {
        List<Group> groups = new ArrayList<>();
        for (int r = 0; r < reports.size(); r++) {
            int position = 0;
            for (String sentence : sentencesOf(reports.get(r))) {
                Set<String> terms = new HashSet<>(Words.terms(sentence));
                position++;
                if (terms.size() < MIN_CONTENT_WORDS) {
                    continue;
                }
                Group best = null;
                double bestShare = SAME_FACT;
                for (Group group : groups) {
                    if (group.reports.contains(r)) {
                        continue;
                    }
                    double share = group.terms.stream().mapToDouble(other -> overlap(terms, other)).max().orElse(0);
                    if (share >= bestShare) {
                        best = group;
                        bestShare = share;
                    }
                }
                if (best == null) {
                    best = new Group(sentence, position);
                    groups.add(best);
                }
                best.terms.add(terms);
                best.reports.add(r);
            }
        }
        return groups.stream()
                .filter(group -> group.reports.size() >= 2)
                .sorted(Comparator.comparingInt((Group g) -> -g.reports.size()).thenComparingInt(g -> g.position))
                .map(group -> new Fact(group.text, group.reports.stream().map(r -> reports.get(r).id()).toList()))
                .toList();
    }

    /** The sentences of a report's paragraphs and quotes, without an opening dateline. */
    static List<String> sentencesOf(CleanArticle report) {
        List<String> sentences = new ArrayList<>();
        for (Block block : report.body()) {
            if (block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.QUOTE) {
                // "BEIRUT: Syria's President..." says where it was filed, not what happened
                String text = sentences.isEmpty() && report.dateline().isPresent()
                        ? DatelinePlaces.withoutOpening(block.text()) : block.text();
                sentences.addAll(Sentences.split(text));
            }
            if (sentences.size() >= MAX_SENTENCES_PER_REPORT) {
                break;
            }
        }
        return sentences;
    }

    /** Shared words over the smaller set's size. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        long shared = small.stream().filter(large::contains).count();
        return (double) shared / small.size();
    }
}
