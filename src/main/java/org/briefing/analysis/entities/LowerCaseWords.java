package org.briefing.analysis.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.cleaning.CleanArticle;

/**
 * The words an archive writes in lower case somewhere. A capitalised word the archive also writes
 * in lower case ("Given the vote", "given") is a sentence's capital, not a name, unless it has
 * evidence of its own; this is what tells "Due" from "Dukakis" without a dictionary.
 */
final class LowerCaseWords {

    private final Set<String> words;

    private LowerCaseWords(Set<String> words) {
        this.words = words;
    }

    static LowerCaseWords of(List<CleanArticle> articles) {
        Set<String> words = ConcurrentHashMap.newKeySet();
        articles.parallelStream().forEach(article -> article.body().forEach(block -> collect(block.text(), words)));
        return new LowerCaseWords(words);
    }

    /** @param lowerCased a word already lower-cased */
    boolean contains(String lowerCased) {
        return words.contains(lowerCased);
    }

    /** Adds each word of letters only that starts with a lower-case letter. */
    private static void collect(String text, Set<String> words) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && Character.isLetter(text.charAt(i))) {
                i++;
            }
            boolean wordStart = start == 0 || !isWordMark(text.charAt(start - 1));
            boolean wordEnd = i == length || !isWordMark(text.charAt(i));
            if (wordStart && wordEnd && Character.isLowerCase(text.charAt(start))) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
    }

    /** "al-Assad", "o'clock": a hyphen or apostrophe makes the letters part of a longer word. */
    private static boolean isWordMark(char c) {
        return c == '-' || c == '\'' || c == '’' || Character.isDigit(c);
    }
}
