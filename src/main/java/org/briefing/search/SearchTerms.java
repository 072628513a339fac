package org.briefing.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text into search terms, the same way at build time and, in {@code templates/assets/search.js},
 * at query time: words are runs of letters and digits (with apostrophes inside), folded to lower
 * case without accents ("Türkiye" → "turkiye", "Straße" → "strasse"), a possessive "'s" dropped, an
 * Arabic article joined by a hyphen dropped ("al-Assad" → "assad"), and English words stemmed with
 * {@link PorterStemmer} ("strikes", "striking" → "strike").
 *
 * <pre>{@code
 * new SearchTerms().terms("Türkiye's al-Assad talks") // [turkiy, assad, talk]
 * }</pre>
 *
 * Not thread-safe: give each thread its own.
 */
public final class SearchTerms {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LATIN = Pattern.compile("[a-z]+");

    /**
     * Words too common to find anything by; left out of the index, kept in phrases. The same list
     * is in search.js.
     */
    static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before",
            "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her",
            "his", "if", "in", "into", "is", "it", "its", "more", "no", "not", "of", "on", "or", "other", "our",
            "out", "over", "said", "says", "she", "so", "some", "than", "that", "the", "their", "them", "then",
            "there", "these", "they", "this", "those", "to", "up", "was", "we", "were", "what", "when", "which",
            "while", "who", "will", "with", "would", "you");

    /** Enough for the vocabulary of a large archive; past it new words are folded and stemmed each time. */
    private static final int CACHED_WORDS = 300_000;

    private final PorterStemmer stemmer = new PorterStemmer();
    private final Map<String, Word> words = new HashMap<>();

    /** A word of the text as a term, and whether it is a stop word (not indexed). */
    public record Token(String term, boolean stop) {
    }

    /** Every word of {@code text} in order, stop words included and marked. */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int at = 0;
        while (at < length) {
            int start = at;
            while (start < length && !isWordChar(text.codePointAt(start))) {
                start += Character.charCount(text.codePointAt(start));
            }
            if (start >= length) {
                break;
            }
            int end = wordEnd(text, start);
            at = end;
            Word word = wordOf(text.substring(start, end));
            if (word.plain().isEmpty() || isArabicArticle(word.plain(), text, end)) {
                continue;
            }
            tokens.add(word.token());
        }
        return tokens;
    }

    /**
     * Where the word starting at {@code start} ends: letters, marks and digits, and an apostrophe
     * between two of them. The same as the pattern {@code [\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*}
     * search.js uses; scanned by hand, as a regular expression cost the index most of its time.
     */
    private static int wordEnd(String text, int start) {
        int length = text.length();
        int end = start;
        while (true) {
            while (end < length && isWordChar(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (end + 1 < length && (text.charAt(end) == '\'' || text.charAt(end) == '’') && isWordChar(text.codePointAt(end + 1))) {
                end++;
                continue;
            }
            return end;
        }
    }

    private static boolean isWordChar(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** A word as found in the text, folded, and its token. */
    private record Word(String plain, Token token) {
    }

    /** The same words come back all through an archive: each is folded and stemmed once. */
    private Word wordOf(String raw) {
        Word word = words.get(raw);
        if (word == null) {
            String plain = plain(raw);
            // Stop words are words, not stems: "has" would stem to "ha".
            boolean stop = !plain.isEmpty() && (STOP_WORDS.contains(plain) || (plain.length() < 2 && !Character.isDigit(plain.charAt(0))));
            word = new Word(plain, new Token(plain.isEmpty() ? "" : stemOf(plain), stop));
            if (words.size() < CACHED_WORDS) {
                words.put(raw, word);
            }
        }
        return word;
    }

    /** The terms the index holds for {@code text}: every word but stop words, in order. */
    public List<String> terms(String text) {
        return tokens(text).stream().filter(token -> !token.stop()).map(Token::term).toList();
    }

    private String stemOf(String word) {
        return LATIN.matcher(word).matches() ? stemmer.stem(word) : word;
    }

    /** One word folded, without a possessive and apostrophes: "Türkiye's" → "turkiye". */
    static String plain(String word) {
        String folded = fold(word);
        if (folded.endsWith("'s") || folded.endsWith("’s")) {
            folded = folded.substring(0, folded.length() - 2);
        }
        return folded.replace("'", "").replace("’", "");
    }

    /** Lower case, accents off, and the letters with no decomposition spelt out in plain Latin. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ø' -> out.append('o');
                case 'đ', 'ð' -> out.append('d');
                case 'þ' -> out.append("th");
                case 'ł' -> out.append('l');
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** "al" or "el" joined by a hyphen to the name after it: "al-Assad" is found as "Assad". */
    private static boolean isArabicArticle(String term, String text, int end) {
        return (term.equals("al") || term.equals("el")) && end + 1 < text.length() && text.charAt(end) == '-'
                && Character.isLetter(text.charAt(end + 1));
    }
}
