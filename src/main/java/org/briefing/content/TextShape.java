package org.briefing.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small, pure facts about a piece of text that several stages need the same way. */
public final class TextShape {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextShape() {
    }

    /** Collapses every run of white space (non-breaking too) to one space and drops invisible characters. */
    public static String collapseWhitespace(String text) {
        return SPACES.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    public static int wordCount(String text) {
        var matcher = WORD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * A key for comparing two texts while ignoring case, accents, punctuation and spacing:
     * "Türkiye’s army" and "turkiyes army" give the same key.
     */
    public static String comparisonKey(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        folded = folded.replace("’", "").replace("'", "");
        return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
