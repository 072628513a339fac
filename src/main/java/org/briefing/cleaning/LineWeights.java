package org.briefing.cleaning;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;
import org.briefing.content.TextShape;

/**
 * What each line of a pasted page weighs as article text, by its shape alone: prose gives its
 * words, a short sentence or question half of them, and any other line (a menu item, a headline
 * of another report, a date, a share button) costs its words and a little more. Two kinds of
 * long line are not prose, however many words they have: an address ({@code https://…}, an
 * e-mail address), and a paragraph that repeats the page's earlier prose run together (pages
 * carry the article again in their metadata, and a paste shows it as one line).
 */
final class LineWeights {

    /** A paragraph of this many words or more is prose, whatever its punctuation. */
    static final int PROSE_WORDS = 20;
    /** A shorter paragraph is prose when it ends like a sentence and has at least this many words. */
    private static final int SENTENCE_WORDS = 10;
    /** What a line that is not prose costs, besides its words. */
    static final int LINE_COST = 3;
    private static final int SHORT_SENTENCE_WORDS = 4;
    /** A line this long whose words the earlier prose nearly all used is that prose again. */
    private static final int MIN_REPEAT_WORDS = 50;
    private static final double REPEATED_SHARE = 0.95;
    private static final Pattern ADDRESS = Pattern.compile("(?i)(https?://|www\\.)\\S+|[^\\s@]+@[^\\s@]+\\.\\p{L}{2,}");

    private LineWeights() {
    }

    /** The weight of each block, in order. */
    static long[] of(List<Block> blocks) {
        long[] weights = new long[blocks.size()];
        Set<String> earlierProse = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Set<String> words = wordsOf(block.text());
            if (isAddress(block.text())) {
                weights[i] = -(LINE_COST + 1);
            } else if (block.wordCount() >= MIN_REPEAT_WORDS && share(words, earlierProse) >= REPEATED_SHARE) {
                weights[i] = -LINE_COST;
            } else {
                weights[i] = weight(block);
            }
            if (isProse(block)) {
                earlierProse.addAll(words);
            }
        }
        return weights;
    }

    /**
     * Prose counts its words; a short sentence or question ("Q: Favourite places?") half of them,
     * since lists and interviews are written so; a menu item or a headline of another article
     * costs its words and a little more.
     */
    private static long weight(Block block) {
        int words = block.wordCount();
        if (isProse(block)) {
            return words;
        }
        if (words >= SHORT_SENTENCE_WORDS && endsLikeSentence(block.text())) {
            return words / 2;
        }
        return -(LINE_COST + words);
    }

    static boolean isProse(Block block) {
        if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.QUOTE) {
            return false;
        }
        int words = block.wordCount();
        return words >= PROSE_WORDS || words >= SENTENCE_WORDS && endsLikeSentence(block.text());
    }

    /** A web or e-mail address on a line of its own. */
    private static boolean isAddress(String text) {
        return ADDRESS.matcher(text.strip()).matches();
    }

    private static boolean endsLikeSentence(String text) {
        String trimmed = text.strip();
        while (!trimmed.isEmpty() && "\"”’')]".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return !trimmed.isEmpty() && ".!?…".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
    }

    private static Set<String> wordsOf(String text) {
        return new HashSet<>(Arrays.asList(TextShape.comparisonKey(text).split(" ")));
    }

    private static double share(Set<String> words, Set<String> vocabulary) {
        return words.isEmpty() ? 0 : words.stream().filter(vocabulary::contains).count() / (double) words.size();
    }
}
