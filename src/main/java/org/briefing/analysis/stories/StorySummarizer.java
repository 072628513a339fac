package org.briefing.analysis.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefing.analysis.text.Sentences;
import org.briefing.analysis.text.Words;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;

/**
 * Picks the sentences of a story that most of its reports carry: each sentence from the first
 * paragraphs of every report scores by how closely the other reports say the same (the best
 * word overlap with any of their sentences, averaged over reports). The best ones, without
 * near-repeats, make the summary, in reading order. A story of one report is summarised by its
 * opening sentences.
 */
final class StorySummarizer {

    private static final int LEAD_PARAGRAPHS = 4;
    private static final int SUMMARY_SENTENCES = 2;
    private static final int MIN_WORDS = 8;
    private static final double NEAR_REPEAT = 0.5;

    private record Candidate(String text, Set<String> terms, int report, int position) {
    }

    List<String> summarize(List<CleanArticle> reports) {
        List<List<Candidate>> byReport = new ArrayList<>();
        for (int r = 0; r < reports.size(); r++) {
            byReport.add(candidates(reports.get(r), r));
        }
        List<Candidate> all = byReport.stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return List.of();
        }
        if (reports.size() == 1) {
            return all.stream().limit(SUMMARY_SENTENCES).map(Candidate::text).toList();
        }
        List<Candidate> ranked = all.stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> -support(c, byReport))
                        .thenComparingInt(Candidate::position).thenComparingInt(Candidate::report))
                .toList();
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (chosen.stream().noneMatch(c -> overlap(c.terms(), candidate.terms()) >= NEAR_REPEAT)) {
                chosen.add(candidate);
            }
            if (chosen.size() == SUMMARY_SENTENCES) {
                break;
            }
        }
        return chosen.stream()
                .sorted(Comparator.comparingInt(Candidate::position).thenComparingInt(Candidate::report))
                .map(Candidate::text).toList();
    }

    private static List<Candidate> candidates(CleanArticle report, int index) {
        List<Candidate> candidates = new ArrayList<>();
        int position = 0;
        int paragraphs = 0;
        for (Block block : report.body()) {
            if (block.kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            for (String sentence : Sentences.split(block.text())) {
                Set<String> terms = new HashSet<>(Words.terms(sentence));
                if (terms.size() >= MIN_WORDS / 2 && sentence.split(" ").length >= MIN_WORDS) {
                    candidates.add(new Candidate(sentence, terms, index, position));
                }
                position++;
            }
            if (++paragraphs == LEAD_PARAGRAPHS) {
                break;
            }
        }
        return candidates;
    }

    private static double support(Candidate candidate, List<List<Candidate>> byReport) {
        double total = 0;
        for (int r = 0; r < byReport.size(); r++) {
            if (r == candidate.report()) {
                continue;
            }
            double best = 0;
            for (Candidate other : byReport.get(r)) {
                best = Math.max(best, overlap(candidate.terms(), other.terms()));
            }
            total += best;
        }
        return total / (byReport.size() - 1);
    }

    /** Share of the smaller sentence's words found in the other (overlap coefficient). */
    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / Math.min(a.size(), b.size());
    }
}
