package org.briefing.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences. A full stop, question or exclamation mark ends a sentence
 * when white space and then a capital, digit or opening quote follow it, except after titles and
 * abbreviations ("Mr.", "Gen.", "Jan."), initials ("George W. Bush") and dotted acronyms ("U.S.")
 * unless the next word plainly starts a sentence ("...in the U.S. The talks...").
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
            "maj", "gov", "sen", "rep", "reps", "sens", "pres", "rev", "hon", "amb", "atty", "supt", "insp", "no",
            "vs", "etc", "inc", "ltd", "co", "corp", "dept", "univ", "est", "approx", "fig", "vol", "ft", "mt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "ariz", "calif", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "mass", "md", "mich",
            "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt",
            "wash", "wis", "wyo", "del", "ala", "ark", "ida", "ia");

    /** Words that start sentences so often that a dotted acronym before them ends a sentence. */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "at", "this", "that", "a", "an",
            "his", "her", "their", "its", "as", "after", "while", "meanwhile", "however", "there", "when", "if");

    private Sentences() {
    }

    public static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        String text = paragraph.strip();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < text.length() && ".!?…".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                while (end < text.length() && "\"”’')]»".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                    int next = end;
                    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                        next++;
                    }
                    if (next < text.length() && startsSentence(text, next) && !isAbbreviation(text, i, c, next)) {
                        sentences.add(text.substring(start, end).strip());
                        start = next;
                        i = next;
                        continue;
                    }
                }
                i = end;
                continue;
            }
            i++;
        }
        if (start < text.length()) {
            String last = text.substring(start).strip();
            if (!last.isEmpty()) {
                sentences.add(last);
            }
        }
        return sentences;
    }

    /**
     * Whether the mark at {@code index} ("." "!" "?" "…") ends a sentence by the rules of
     * {@link #split}: the end of the text, or closing marks, white space and a sentence's start
     * after it, and no abbreviation before it ("said Gov. Perry." ends once, after "Perry").
     */
    public static boolean endsSentence(String text, int index) {
        char c = text.charAt(index);
        if (".!?…".indexOf(c) < 0) {
            return false;
        }
        int end = index + 1;
        while (end < text.length() && "\"”’')]»".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        if (end == text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next == text.length() || (startsSentence(text, next) && !isAbbreviation(text, index, c, next));
    }

    private static boolean startsSentence(String text, int index) {
        char c = text.charAt(index);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'([«".indexOf(c) >= 0;
    }

    /** Whether the full stop at {@code dot} belongs to an abbreviation rather than ending the sentence. */
    private static boolean isAbbreviation(String text, int dot, char mark, int next) {
        if (mark != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        boolean dotted = word.contains(".") && word.replace(".", "").length() <= 4;
        if (initial || dotted) {
            return !SENTENCE_STARTERS.contains(nextWord(text, next).toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static String nextWord(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }
}
