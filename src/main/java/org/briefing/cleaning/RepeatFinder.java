package org.briefing.cleaning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefing.content.Block;
import org.briefing.content.TextShape;

/**
 * Removes paragraphs that repeat an earlier one, as pasting often doubles a paragraph. Repeats
 * may differ in small edits ("Assad said" / "al-Assad said"), so two paragraphs count as one when
 * nearly all their words are shared. To stay conservative, a short repeat is removed only when it
 * directly follows its twin; a distant repeat must be long, as a short sentence can legitimately
 * be said twice in one report.
 */
final class RepeatFinder {

    /** Share of words two paragraphs must have in common (Jaccard) to be one paragraph. */
    private static final double SAME_PARAGRAPH = 0.85;
    private static final int MIN_WORDS_NEXT_TO_TWIN = 4;
    private static final int MIN_WORDS_APART = 25;

    record Result(List<Block> kept, List<Removal> removed) {
    }

    Result removeRepeats(List<Block> blocks) {
        List<Block> kept = new ArrayList<>();
        List<Set<String>> keptWords = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        for (Block block : blocks) {
            Set<String> words = wordsOf(block.text());
            if (isRepeat(block, words, keptWords)) {
                removed.add(new Removal(RemovalReason.REPEATED_PARAGRAPH, block.text(), block.line()));
            } else {
                kept.add(block);
                keptWords.add(words);
            }
        }
        return new Result(kept, removed);
    }

    private static boolean isRepeat(Block block, Set<String> words, List<Set<String>> earlier) {
        int count = block.wordCount();
        if (count < MIN_WORDS_NEXT_TO_TWIN || earlier.isEmpty()) {
            return false;
        }
        if (similarity(words, earlier.get(earlier.size() - 1)) >= SAME_PARAGRAPH) {
            return true;
        }
        if (count < MIN_WORDS_APART) {
            return false;
        }
        return earlier.stream().anyMatch(other -> similarity(words, other) >= SAME_PARAGRAPH);
    }

    private static Set<String> wordsOf(String text) {
        return new HashSet<>(Arrays.asList(TextShape.comparisonKey(text).split(" ")));
    }

    /** The share of the two sets' words that both hold (Jaccard), counted without making their union. */
    private static double similarity(Set<String> a, Set<String> b) {
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int shared = 0;
        for (String word : smaller) {
            if (larger.contains(word)) {
                shared++;
            }
        }
        int union = a.size() + b.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }
}
