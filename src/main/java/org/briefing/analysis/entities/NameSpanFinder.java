package org.briefing.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds runs of capitalised words in a block of text. A run may hold lower-case name particles
 * and connectors between capitalised words ("Hayat Tahrir al Sham", "National Association for the
 * Advancement of Colored People"), and crosses the full stop of an abbreviation or initial
 * ("St. Louis", "George W. Bush"); it ends at other punctuation, at a possessive ("Syria's") and at
 * any other word. "Istanbul-based" gives the run "Istanbul". "I", "I'd" and the like are not names.
 */
final class NameSpanFinder {

    private static final Set<String> CONNECTORS = Set.of("of", "for", "al", "el", "bin", "ibn", "de", "du", "da",
            "van", "von", "der", "den", "la", "le", "y");
    /**
     * "the" joins only after "for" ("Association for the Advancement"); after "of" it more often
     * joins two names ("Kansas City of the NAACP") than it belongs to one.
     */
    private static final Set<String> BEFORE_THE = Set.of("for");
    private static final Set<String> ABBREVIATIONS = Set.of("st", "mt", "ft", "jr", "sr", "dr", "mr", "mrs", "ms",
            "gen", "sen", "sens", "rep", "reps", "gov", "govs", "lt", "col", "sgt", "capt", "adm", "prof", "rev", "maj", "cpl", "pvt");
    private static final Pattern PARTICLE_NAME = Pattern.compile("(?:al|el|ad|as|ash|ar|at|an|az|bin|ibn)-\\p{Lu}.*");
    private static final Pattern CONTRACTION = Pattern.compile(".*['’](?:d|m|ll|re|ve|s|t)$", Pattern.CASE_INSENSITIVE);

    /** A word of the text, by offsets; its strings are made only for the words that need them. */
    private record Raw(String source, int start, int end, int previousEnd) {

        String text() {
            return source.substring(start, end);
        }

        String gapBefore() {
            return source.substring(previousEnd, start);
        }

        /** Cheap first test: could this word be a name word at all? */
        boolean mayBeName() {
            if (Character.isUpperCase(source.charAt(start))) {
                return true;
            }
            for (int i = start; i < end; i++) {
                if (source.charAt(i) == '-') {
                    return true;
                }
            }
            return false;
        }

        boolean isNameWord() {
            return mayBeName() && NameSpanFinder.isNameWord(text());
        }
    }

    List<NameSpan> find(String text, int block) {
        List<Raw> raw = tokens(text);
        List<NameSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < raw.size()) {
            if (!raw.get(i).isNameWord()) {
                i++;
                continue;
            }
            List<NameSpan.Token> tokens = new ArrayList<>();
            int next = i;
            boolean closed = false;
            while (next < raw.size() && !closed) {
                Raw token = raw.get(next);
                if (next > i && !joins(raw.get(next - 1), token)) {
                    break;
                }
                String word = token.text();
                if (token.isNameWord()) {
                    String name = withoutPossessive(word);
                    closed = !name.equals(word);
                    int hyphen = name.indexOf('-');
                    if (hyphen > 0 && isLowerCompound(name, hyphen)) {
                        name = name.substring(0, hyphen);
                        closed = true;
                    }
                    tokens.add(new NameSpan.Token(name, token.start(), token.start() + name.length()));
                } else if (isConnector(raw, next)) {
                    tokens.add(new NameSpan.Token(word, token.start(), token.end()));
                } else {
                    break;
                }
                next++;
            }
            // a run ends on a name word; "I's" alone (after "USA", say) leaves nothing, and is no name
            while (!tokens.isEmpty() && !isNameWord(tokens.get(tokens.size() - 1).text())) {
                tokens.remove(tokens.size() - 1);
            }
            if (tokens.isEmpty()) {
                i++;
                continue;
            }
            int last = i + tokens.size() - 1;
            // the word before a sentence belongs to the last one: "the Syrian leader. “Due to ..."
            // and "the Kremlin said. Syrian Russian jets" cue no person
            boolean sentenceStart = isSentenceStart(raw.get(i), i);
            spans.add(new NameSpan(text, tokens, sentenceStart,
                    sentenceStart ? "" : raw.get(i - 1).text().toLowerCase(Locale.ROOT),
                    NameSpan.context(text, tokens.get(tokens.size() - 1).end()), block));
            i = last + 1;
        }
        return spans;
    }

    /**
     * Words and dotted acronyms ("U.S."), as the pattern {@code \p{Lu}(\.\p{Lu})+\.?} or
     * {@code [\p{L}\p{N}]+([-'’][\p{L}\p{N}]+)*} would find them; scanned by hand, as this runs
     * over every article's text.
     */
    private static List<Raw> tokens(String text) {
        List<Raw> tokens = new ArrayList<>();
        int length = text.length();
        int previousEnd = 0;
        int i = 0;
        while (i < length) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isUpperCase(text.charAt(i)) && i + 2 < length && text.charAt(i + 1) == '.'
                    && Character.isUpperCase(text.charAt(i + 2))) {
                i++;
                while (i + 1 < length && text.charAt(i) == '.' && Character.isUpperCase(text.charAt(i + 1))) {
                    i += 2;
                }
                if (i < length && text.charAt(i) == '.') {
                    i++;
                }
            } else {
                while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                while (i + 1 < length && "-'’".indexOf(text.charAt(i)) >= 0 && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                    while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                        i++;
                    }
                }
            }
            if (start > 0 && text.charAt(start - 1) == '[' && i + 1 < length && text.charAt(i) == ']'
                    && Character.isLetter(text.charAt(i + 1))) {
                // "[W]e write to inform you": an editor's capital inside a quoted word, not a name
                i++;
                while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            tokens.add(new Raw(text, start, i, previousEnd));
            previousEnd = i;
        }
        return tokens;
    }

    static boolean isNameWord(String word) {
        if (Character.isUpperCase(word.codePointAt(0))) {
            boolean contraction = (word.indexOf('\'') > 0 || word.indexOf('’') > 0)
                    && CONTRACTION.matcher(word).matches() && !word.endsWith("s");
            return !word.equals("I") && !contraction;
        }
        // checked last, as most words are neither capitalised nor "al-Sham"
        return word.indexOf('-') > 0 && PARTICLE_NAME.matcher(word).matches();
    }

    /**
     * Two words belong to one run when one space parts them, or an ampersand, or the full stop of
     * "St." or "W.".
     */
    private static boolean joins(Raw previous, Raw token) {
        if (token.gapBefore().equals(" ")) {
            return true;
        }
        // "Douglas & Lomason Co", "A.G. Edwards & Sons": an ampersand between names makes one name
        if (token.gapBefore().equals(" & ") && isNameWord(token.text())) {
            return true;
        }
        String word = previous.text();
        boolean abbreviation = ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
        return abbreviation && token.gapBefore().equals(". ") && isNameWord(token.text());
    }

    private static boolean isConnector(List<Raw> raw, int index) {
        String word = raw.get(index).text();
        if (index + 1 >= raw.size() || !raw.get(index + 1).gapBefore().equals(" ")) {
            return false;
        }
        boolean nextIsName = isNameWord(raw.get(index + 1).text());
        if (word.equals("the")) {
            return index > 0 && BEFORE_THE.contains(raw.get(index - 1).text()) && nextIsName;
        }
        if (!CONNECTORS.contains(word)) {
            return false;
        }
        // "for the Advancement": a connector may be followed by "the" and then a name
        return nextIsName || (BEFORE_THE.contains(word) && raw.get(index + 1).text().equals("the")
                && index + 2 < raw.size() && isNameWord(raw.get(index + 2).text()));
    }

    /**
     * "Istanbul-based", "Iran-backed", "Kurdish-led": a name joined to a word that makes it an
     * adjective. "Chick-fil-A" is a name throughout.
     */
    private static boolean isLowerCompound(String word, int hyphen) {
        return COMPOUND_ENDINGS.contains(word.substring(hyphen + 1).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> COMPOUND_ENDINGS = Set.of("based", "backed", "led", "run", "born", "controlled",
            "held", "owned", "linked", "allied", "aligned", "affiliated", "funded", "sponsored", "supported", "style",
            "era", "made", "majority", "dominated", "occupied", "bound", "area", "wide", "centric", "friendly",
            "speaking", "educated", "trained", "armed", "inspired", "related", "focused", "oriented");

    private static String withoutPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    /**
     * After a full stop, question or exclamation mark or colon (closing and opening quotes and
     * brackets aside), after an opening quote, or after a dash.
     */
    private static boolean isSentenceStart(Raw token, int index) {
        if (index == 0) {
            return true;
        }
        String gap = token.gapBefore();
        int end = gap.length();
        while (end > 0 && (Character.isWhitespace(gap.charAt(end - 1)) || "\"“‘(".indexOf(gap.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (end < gap.length() && end == 0 && gap.strip().length() > 0) {
            return true;
        }
        while (end > 0 && "\"”’')".indexOf(gap.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?:—".indexOf(gap.charAt(end - 1)) >= 0;
    }
}
