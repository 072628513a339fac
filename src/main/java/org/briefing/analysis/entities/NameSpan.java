package org.briefing.analysis.entities;

import java.util.List;
import java.util.Locale;

/**
 * A run of capitalised words in a block ("Syrian Observatory for Human Rights", "Mr. Putin"), with
 * the words around it that tell what it names.
 *
 * @param source        the block's text
 * @param tokens        the words with their offsets in {@code source}, possessive endings removed
 * @param sentenceStart the run opens a sentence, so its first capital may be the sentence's
 * @param before        the lower-cased word just before the run, or empty
 * @param after         the text right after the run (up to 40 characters)
 * @param block         index of the block in the article body
 * @param words         the tokens' words, kept because every rule reads them
 * @param lowerWords    the same, lower-cased and without dots ("gov" for "Gov."), for the word lists
 */
record NameSpan(String source, List<Token> tokens, boolean sentenceStart, String before, String after, int block,
                List<String> words, List<String> lowerWords) {

    /** A word of the run and where it stands in the block. */
    record Token(String text, int start, int end) {
    }

    private static final int CONTEXT = 40;

    NameSpan {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a name span has at least one word");
        }
        words = List.copyOf(words);
        lowerWords = List.copyOf(lowerWords);
    }

    NameSpan(String source, List<Token> tokens, boolean sentenceStart, String before, String after, int block) {
        this(source, tokens, sentenceStart, before, after, block, tokens.stream().map(Token::text).toList(),
                tokens.stream().map(token -> token.text().toLowerCase(Locale.ROOT).replace(".", "")).toList());
    }

    int size() {
        return tokens.size();
    }

    /** The words as written, with the dots and spacing of the text ("St. Louis"). */
    String text() {
        return source.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }

    /**
     * Whether the run stands alone in quotation marks: “Andrea Mitchell Reports.”, "Chick-fil-A
     * Appreciation Day": the title of a programme or an event, not a person.
     */
    boolean quoted() {
        int start = tokens.get(0).start();
        int end = tokens.get(tokens.size() - 1).end();
        if (start == 0 || "\"“‘'".indexOf(source.charAt(start - 1)) < 0) {
            return false;
        }
        while (end < source.length() && ".,!?".indexOf(source.charAt(end)) >= 0) {
            end++;
        }
        return end < source.length() && "\"”’'".indexOf(source.charAt(end)) >= 0;
    }

    /** The words {@code from} (inclusive) to {@code to} (exclusive) as a span of their own. */
    NameSpan sub(int from, int to) {
        String newBefore = from == 0 ? before : tokens.get(from - 1).text().toLowerCase(Locale.ROOT).replace(".", "");
        String newAfter = to == tokens.size() ? after : context(source, tokens.get(to - 1).end());
        return new NameSpan(source, tokens.subList(from, to), sentenceStart && from == 0, newBefore, newAfter, block);
    }

    static String context(String source, int from) {
        return source.substring(from, Math.min(source.length(), from + CONTEXT));
    }
}
