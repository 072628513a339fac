package org.briefing.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small, pure facts about a piece of text that several stages need the same way. */
public final class TextShape {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextShape() {
    }

    /** Collapses every run of white space (non-breaking too) to one space and drops invisible characters. */
    public static String collapseWhitespace(String text) {
        // Scanned by hand: it runs on every block of every article, and two regular expressions
        // cost a tenth of the load stage.
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    private static boolean isInvisible(char c) {
        return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** The characters of {@code \s} and the non-breaking spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /**
     * The number of words: runs of letters and digits, an apostrophe between letters kept inside
     * one ("Syria's" is one word). Scanned by hand: it runs on every sentence of an archive.
     */
    public static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                count += inWord ? 0 : 1;
                inWord = true;
            } else if (inWord && (c == '\'' || c == '’') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
                    && Character.isLetter(text.charAt(i - 1))) {
                // "Syria's": the apostrophe joins the word
                continue;
            } else {
                inWord = false;
            }
        }
        return count;
    }

    /**
     * A key for comparing two texts while ignoring case, accents, punctuation and spacing:
     * "Türkiye’s army" and "turkiyes army" give the same key.
     */
    public static String comparisonKey(String text) {
        if (hasNothingToFold(text)) {
            return plainComparisonKey(text);
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        folded = folded.replace("’", "").replace("'", "");
        return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * Whether every character is ASCII or punctuation news text writes outside it (curly quotes,
     * dashes, the ellipsis, the no-break space, guillemets): no letter has an accent to fold, so
     * decomposing the text would give it back unchanged.
     */
    public static boolean hasNothingToFold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && "‘’“”–—…\u00a0«»".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #comparisonKey} of a text with no accent to fold, in one pass: every block of an article
     * is keyed while cleaning, and the normalizer and two expressions were most of it.
     */
    private static String plainComparisonKey(String text) {
        StringBuilder key = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '’') {
                continue;
            }
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
            if (!word) {
                gap = true;
                continue;
            }
            if (gap && key.length() > 0) {
                key.append(' ');
            }
            gap = false;
            key.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return key.toString();
    }
}
