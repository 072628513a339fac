package org.briefing.cleaning;

import org.briefing.content.Block;
import org.briefing.content.BlockKind;

/** Tests on a block's shape that several cleaning rules share. */
final class BlockShape {

    /** Headlines are short; reporting paragraphs that are this short still end with punctuation. */
    static final int MAX_HEADLINE_WORDS = 20;

    private BlockShape() {
    }

    /**
     * A line that reads like a headline rather than a sentence of reporting: short, and not ending
     * like a sentence (a question mark is allowed: "Who are the Syrian rebels?").
     */
    static boolean isHeadlineLike(Block block) {
        if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.HEADING) {
            return false;
        }
        int words = block.wordCount();
        return words >= 1 && words <= MAX_HEADLINE_WORDS && !endsLikeSentence(block.text());
    }

    /** Ends with a full stop, exclamation mark, colon or closing quote after one of them. */
    static boolean endsLikeSentence(String text) {
        String trimmed = text.strip();
        while (!trimmed.isEmpty() && "\"”’'»)]".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return !trimmed.isEmpty() && ".!:;".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
    }
}
