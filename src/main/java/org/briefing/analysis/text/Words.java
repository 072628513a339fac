package org.briefing.analysis.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.content.TextShape;

/**
 * Splits text into comparable terms: lower case, accents folded, possessives dropped, stop words
 * removed, and plural and verb endings trimmed so "strikes" and "strike" count as one term.
 */
public final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Function words and reporting verbs: they say nothing about which event a report covers. */
    private static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further",
            "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
            "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "mr",
            "mrs", "ms", "much", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only",
            "or", "other", "our", "ours", "out", "over", "own", "said", "same", "says", "say", "she", "should", "since",
            "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they",
            "this", "those", "through", "to", "told", "too", "under", "until", "up", "upon", "us", "very", "was", "we",
            "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
            "your", "yours", "yet", "last", "new", "two", "three", "first", "year", "years", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "according", "reported", "week", "day",
            "days", "time", "people", "like", "get", "got", "make", "made", "many", "s", "t", "don", "re", "ve");

    private Words() {
    }

    /**
     * The terms of a text, in order, repeats kept. A word is a run of letters and digits that may
     * hold single hyphens ("al-Assad", "24-hour"); an apostrophe ends it ("Syria's" gives "syria").
     * Scanned by hand rather than by regular expression: this runs on every sentence of an archive.
     */
    public static List<String> terms(String text) {
        String folded = fold(text);
        List<String> terms = new ArrayList<>();
        int length = folded.length();
        int i = 0;
        while (i < length) {
            if (!Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && (Character.isLetterOrDigit(folded.charAt(i))
                    || (folded.charAt(i) == '-' && i + 1 < length && Character.isLetterOrDigit(folded.charAt(i + 1))))) {
                i++;
            }
            String word = folded.substring(start, i);
            if (i < length && (folded.charAt(i) == '\'' || folded.charAt(i) == '’')) {
                // skip the rest of "syria's", "don't"
                i++;
                while (i < length && Character.isLetterOrDigit(folded.charAt(i))) {
                    i++;
                }
            }
            if (word.length() >= 2 && !STOP.contains(word) && !isNumber(word)) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    public static boolean isStopWord(String word) {
        return STOP.contains(fold(word));
    }

    /** Lower case with accents removed: "Türkiye" becomes "turkiye". */
    public static String fold(String text) {
        if (TextShape.hasNothingToFold(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Digits only, except four (a year says something about which event). */
    private static boolean isNumber(String word) {
        if (word.length() == 4) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A light suffix trim (not a full stemmer): enough to join plurals and -ing/-ed forms. */
    static String stem(String word) {
        if (word.length() <= 4) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 5) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ing") && word.length() > 6) {
            return word.substring(0, word.length() - 3);
        }
        if (word.endsWith("ed") && word.length() > 5) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("es") && (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
