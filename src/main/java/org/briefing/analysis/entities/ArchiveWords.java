package org.briefing.analysis.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.cleaning.CleanArticle;

/**
 * How an archive writes its words: which it writes in lower case somewhere, and which it
 * capitalises inside a sentence. A capitalised word the archive also writes in lower case and
 * never capitalises mid-sentence ("Given the vote", "Initially Poland") is a sentence's capital,
 * not a name, unless it has evidence of its own: this tells "Due" from "Dukakis" without a
 * dictionary, in any archive.
 */
final class ArchiveWords {

    private final Set<String> lowerCase;
    private final Set<String> midSentenceCapitals;

    private ArchiveWords(Set<String> lowerCase, Set<String> midSentenceCapitals) {
        this.lowerCase = lowerCase;
        this.midSentenceCapitals = midSentenceCapitals;
    }

    static ArchiveWords of(List<CleanArticle> articles) {
        Set<String> lowerCase = ConcurrentHashMap.newKeySet();
        Set<String> capitals = ConcurrentHashMap.newKeySet();
        articles.parallelStream().forEach(article -> article.body().forEach(block -> collect(block.text(), lowerCase, capitals)));
        return new ArchiveWords(lowerCase, capitals);
    }

    /** @param lowerCased a word already lower-cased */
    boolean inLowerCase(String lowerCased) {
        return lowerCase.contains(lowerCased);
    }

    /**
     * A word that opens a sentence but is no part of the name after it: written in lower case
     * elsewhere and never capitalised inside a sentence ("Initially", "Economist", "Add").
     *
     * @param lowerCased a word already lower-cased
     */
    boolean onlyCapitalisedAtSentenceStart(String lowerCased) {
        return lowerCase.contains(lowerCased) && !midSentenceCapitals.contains(lowerCased);
    }

    /** Each word of letters only, by the case of its first letter and where it stands. */
    private static void collect(String text, Set<String> lowerCase, Set<String> capitals) {
        int i = 0;
        int length = text.length();
        boolean sentenceStart = true;
        while (i < length) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                if (".!?:;\"“”‘(—–".indexOf(c) >= 0 || c == '\n') {
                    sentenceStart = true;
                } else if (!Character.isWhitespace(c) && c != ',') {
                    sentenceStart = sentenceStart && c != '\'' && c != '’';
                }
                i++;
                continue;
            }
            int start = i;
            while (i < length && Character.isLetter(text.charAt(i))) {
                i++;
            }
            boolean wordStart = start == 0 || !isWordMark(text.charAt(start - 1));
            boolean wordEnd = i == length || !isWordMark(text.charAt(i));
            if (wordStart && wordEnd) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (Character.isLowerCase(text.charAt(start))) {
                    lowerCase.add(word);
                } else if (!sentenceStart) {
                    capitals.add(word);
                }
            }
            sentenceStart = false;
        }
    }

    /** "al-Assad", "o'clock": a hyphen or apostrophe makes the letters part of a longer word. */
    private static boolean isWordMark(char c) {
        return c == '-' || c == '\'' || c == '’' || Character.isDigit(c);
    }
}
