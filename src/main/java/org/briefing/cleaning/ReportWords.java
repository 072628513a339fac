package org.briefing.cleaning;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefing.content.Block;

/**
 * The words that say what a report is about, to tell more of one report from another report on
 * the same page: lower-cased words of five letters or more (shorter ones are said by every text).
 */
final class ReportWords {

    private static final int MIN_LETTERS = 5;

    private ReportWords() {
    }

    static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= MIN_LETTERS) {
                words.add(word);
            }
        }
        return words;
    }

    static Set<String> of(List<Block> blocks) {
        Set<String> words = new HashSet<>();
        blocks.forEach(block -> words.addAll(of(block.text())));
        return words;
    }

    /** The share of {@code words} found in {@code vocabulary}; none of no words. */
    static double share(Set<String> words, Set<String> vocabulary) {
        return words.isEmpty() ? 0 : words.stream().filter(vocabulary::contains).count() / (double) words.size();
    }
}
