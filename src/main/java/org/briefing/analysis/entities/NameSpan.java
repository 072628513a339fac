package org.briefing.analysis.entities;

import java.util.List;

/**
 * A run of capitalised words in a block ("Syrian Observatory for Human Rights", "Mr Putin"), with
 * the words around it that tell what it names.
 *
 * @param words          the words, possessive endings removed
 * @param start          character offset of the first word in the block's text
 * @param end            offset just after the last word
 * @param sentenceStart  the run opens a sentence, so its first capital may be the sentence's
 * @param before         the lower-cased word just before the run, or empty
 * @param after          the text right after the run (up to 40 characters)
 * @param block          index of the block in the article body
 */
record NameSpan(List<String> words, int start, int end, boolean sentenceStart, String before, String after, int block) {

    NameSpan {
        words = List.copyOf(words);
    }

    String text() {
        return String.join(" ", words);
    }

    NameSpan sub(int from, int to, int newStart, int newEnd) {
        return new NameSpan(words.subList(from, to), newStart, newEnd, sentenceStart && from == 0,
                from == 0 ? before : "", to == words.size() ? after : "", block);
    }
}
