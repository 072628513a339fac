package org.briefing.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds runs of capitalised words in a block of text. A run may hold lower-case name particles
 * and connectors between capitalised words ("Hayat Tahrir al Sham", "Ministry of Foreign
 * Affairs"); it ends at punctuation, at a possessive ("Syria's") and at any other word.
 * "Istanbul-based" gives the run "Istanbul".
 */
final class NameSpanFinder {

    private static final Pattern TOKEN = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})+\\.?|[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "al", "el", "bin", "ibn", "de", "du", "da",
            "van", "von", "der", "den", "la", "le", "y");
    private static final Pattern PARTICLE_NAME = Pattern.compile("(?:al|el|ad|as|ash|ar|at|an|az|bin|ibn)-\\p{Lu}.*");

    private record Token(String text, int start, int end, String gapBefore) {
    }

    List<NameSpan> find(String text, int block) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        int previousEnd = 0;
        while (matcher.find()) {
            tokens.add(new Token(matcher.group(), matcher.start(), matcher.end(), text.substring(previousEnd, matcher.start())));
            previousEnd = matcher.end();
        }
        List<NameSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            if (!isNameWord(first.text())) {
                i++;
                continue;
            }
            List<String> words = new ArrayList<>();
            int end = i;
            int lastName = i;
            boolean closed = false;
            while (end < tokens.size() && !closed) {
                Token token = tokens.get(end);
                if (end > i && !token.gapBefore().equals(" ")) {
                    break;
                }
                String word = token.text();
                String possessiveFree = withoutPossessive(word);
                if (isNameWord(word)) {
                    if (!possessiveFree.equals(word)) {
                        closed = true;
                    }
                    int hyphen = possessiveFree.indexOf('-');
                    if (hyphen > 0 && isLowerCompound(possessiveFree, hyphen)) {
                        possessiveFree = possessiveFree.substring(0, hyphen);
                        closed = true;
                    }
                    words.add(possessiveFree);
                    lastName = end;
                } else if (CONNECTORS.contains(word) && end + 1 < tokens.size() && isNameWord(tokens.get(end + 1).text())
                        && tokens.get(end + 1).gapBefore().equals(" ")) {
                    words.add(word);
                } else {
                    break;
                }
                end++;
            }
            List<String> kept = words.subList(0, lastName - i + 1);
            Token last = tokens.get(lastName);
            int spanEnd = first.start() + String.join(" ", kept).length();
            spanEnd = Math.min(spanEnd, last.end());
            spans.add(new NameSpan(kept, first.start(), spanEnd, isSentenceStart(first, i),
                    i == 0 ? "" : tokens.get(i - 1).text().toLowerCase(Locale.ROOT),
                    text.substring(spanEnd, Math.min(text.length(), spanEnd + 40)), block));
            i = lastName + 1;
        }
        return spans;
    }

    static boolean isNameWord(String word) {
        return Character.isUpperCase(word.codePointAt(0)) || PARTICLE_NAME.matcher(word).matches();
    }

    /** "Istanbul-based", "Iran-backed": a capitalised word joined to a lower-case one. */
    private static boolean isLowerCompound(String word, int hyphen) {
        return hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1))
                && !PARTICLE_NAME.matcher(word).matches();
    }

    private static String withoutPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    private static boolean isSentenceStart(Token token, int index) {
        if (index == 0) {
            return true;
        }
        String gap = token.gapBefore().strip();
        return gap.matches(".*[.!?:][\"”’')]*[\"“‘(]*") || gap.equals("“") || gap.equals("\"") || gap.endsWith("—");
    }
}
