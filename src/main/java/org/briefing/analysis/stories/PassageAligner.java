package org.briefing.analysis.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.analysis.text.Sentences;
import org.briefing.analysis.text.Vocabulary;
import org.briefing.analysis.text.Words;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.DatelinePlaces;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;

/**
 * Aligns the sentences of a story's reports: sentences of different reports that say the same
 * thing, in the same words or in others ("We are ready to negotiate from tomorrow" / "…starting
 * tomorrow"), join one {@link Passage}; a sentence no other report matches stands alone.
 *
 * <p>Two sentences match when the rarer words they share weigh at least {@link #SAME_PASSAGE} of
 * the lighter sentence's words, a word weighing more the fewer of the story's sentences hold it:
 * words that every report of a story repeats ("Syria", "opposition") do not make two sentences
 * the same. Matches are taken best first, and two groups join only if no report is in both, so
 * a passage holds at most one sentence of each report.
 */
public final class PassageAligner {

    static final double SAME_PASSAGE = 0.5;
    private static final int MIN_SHARED = 3;

    /** A report's sentences with their terms, numbered in the story's vocabulary. */
    private record ReportSentences(CleanArticle article, List<String> texts, List<int[]> terms) {
    }

    /**
     * Every sentence of the reports' paragraphs and quotes, each in exactly one passage: the
     * passages most reports carry first, then in the order the first of them tells them.
     */
    public List<Passage> align(List<CleanArticle> articles) {
        Vocabulary vocabulary = new Vocabulary();
        List<ReportSentences> reports = articles.stream().map(article -> sentencesOf(article, vocabulary)).toList();
        List<int[]> owners = new ArrayList<>();
        List<int[]> termsOf = new ArrayList<>();
        for (int r = 0; r < reports.size(); r++) {
            for (int s = 0; s < reports.get(r).terms().size(); s++) {
                owners.add(new int[] {r, s});
                termsOf.add(reports.get(r).terms().get(s));
            }
        }
        double[] weight = weights(termsOf, vocabulary.size());
        List<double[]> matches = matches(owners, termsOf, weight);
        int[] group = new int[owners.size()];
        List<BitSet> reportsIn = new ArrayList<>();
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
            BitSet set = new BitSet();
            set.set(owners.get(i)[0]);
            reportsIn.add(set);
        }
        for (double[] match : matches) {
            int a = find(group, (int) match[1]);
            int b = find(group, (int) match[2]);
            if (a != b && !reportsIn.get(a).intersects(reportsIn.get(b))) {
                group[b] = a;
                reportsIn.get(a).or(reportsIn.get(b));
            }
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < group.length; i++) {
            members.computeIfAbsent(find(group, i), g -> new ArrayList<>()).add(i);
        }
        return members.values().stream()
                .map(ids -> {
                    ids.sort(Comparator.naturalOrder());
                    // Reports that carry a sentence word for word (wire copy) share one copy of its
                    // text: passages live until the site is written, and at 100,000 articles their
                    // sentences were a quarter of the heap.
                    Map<String, String> worded = new HashMap<>();
                    return new Passage(ids.stream().map(i -> {
                        int[] owner = owners.get(i);
                        ReportSentences report = reports.get(owner[0]);
                        String text = worded.computeIfAbsent(report.texts().get(owner[1]), t -> t);
                        return new Passage.Sentence(report.article().id(), text, owner[1]);
                    }).toList());
                })
                .sorted(Comparator.comparingInt((Passage p) -> -p.sentences().size())
                        .thenComparingInt(p -> firstPosition(p, reports)))
                .toList();
    }

    private static int firstPosition(Passage passage, List<ReportSentences> reports) {
        Passage.Sentence first = passage.sentences().get(0);
        int r = 0;
        while (!reports.get(r).article().id().equals(first.article())) {
            r++;
        }
        return r * 10_000 + first.index();
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    /** Every matching pair of sentences of different reports, as {similarity, i, j}, best first. */
    private static List<double[]> matches(List<int[]> owners, List<int[]> termsOf, double[] weight) {
        int n = termsOf.size();
        int[][] postings = postings(termsOf, weight.length);
        double[] mass = new double[n];
        for (int i = 0; i < n; i++) {
            for (int term : termsOf.get(i)) {
                mass[i] += weight[term];
            }
        }
        List<double[]> matches = new ArrayList<>();
        // shared weight and count of sentence i with each later sentence, in arrays reused for every
        // i and cleared through the list of the sentences touched: no map per sentence
        double[] sharedWeight = new double[n];
        int[] sharedCount = new int[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            int touchedCount = 0;
            int report = owners.get(i)[0];
            for (int term : termsOf.get(i)) {
                int[] holders = postings[term];
                // holders are in ascending order: start after i
                int from = Arrays.binarySearch(holders, i) + 1;
                for (int h = from; h < holders.length; h++) {
                    int j = holders[h];
                    if (owners.get(j)[0] == report) {
                        continue;
                    }
                    if (sharedCount[j] == 0) {
                        touched[touchedCount++] = j;
                    }
                    sharedWeight[j] += weight[term];
                    sharedCount[j]++;
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                double similarity = sharedWeight[j] / Math.min(mass[i], mass[j]);
                if (sharedCount[j] >= MIN_SHARED && similarity >= SAME_PASSAGE) {
                    matches.add(new double[] {similarity, i, j});
                }
                sharedWeight[j] = 0;
                sharedCount[j] = 0;
            }
        }
        matches.sort(Comparator.comparingDouble((double[] m) -> -m[0]).thenComparingDouble(m -> m[1]).thenComparingDouble(m -> m[2]));
        return matches;
    }

    /** For each term, the sentences that hold it, in ascending order. */
    private static int[][] postings(List<int[]> termsOf, int vocabularySize) {
        int[] sizes = new int[vocabularySize];
        for (int[] terms : termsOf) {
            for (int term : terms) {
                sizes[term]++;
            }
        }
        int[][] postings = new int[vocabularySize][];
        for (int t = 0; t < vocabularySize; t++) {
            postings[t] = new int[sizes[t]];
            sizes[t] = 0;
        }
        for (int i = 0; i < termsOf.size(); i++) {
            for (int term : termsOf.get(i)) {
                postings[term][sizes[term]++] = i;
            }
        }
        return postings;
    }

    /** A term's weight: the log of how many sentences there are over how many hold it. */
    private static double[] weights(List<int[]> termsOf, int vocabularySize) {
        int[] held = new int[vocabularySize];
        for (int[] terms : termsOf) {
            for (int term : terms) {
                held[term]++;
            }
        }
        double[] weight = new double[vocabularySize];
        for (int t = 0; t < vocabularySize; t++) {
            weight[t] = Math.log(1 + (double) termsOf.size() / Math.max(1, held[t]));
        }
        return weight;
    }

    private static ReportSentences sentencesOf(CleanArticle article, Vocabulary vocabulary) {
        List<String> texts = new ArrayList<>();
        List<int[]> terms = new ArrayList<>();
        boolean first = true;
        for (Block block : article.body()) {
            if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.QUOTE) {
                continue;
            }
            String text = first && article.dateline().isPresent() ? DatelinePlaces.withoutOpening(block.text()) : block.text();
            first = false;
            for (String sentence : Sentences.split(text)) {
                texts.add(sentence);
                terms.add(Arrays.stream(vocabulary.ids(Words.terms(sentence))).distinct().sorted().toArray());
            }
        }
        return new ReportSentences(article, texts, terms);
    }
}
