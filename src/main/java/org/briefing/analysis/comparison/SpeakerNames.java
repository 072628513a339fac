package org.briefing.analysis.comparison;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.analysis.entities.GivenNames;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.Block;

/**
 * The name a report writes at a quote's attribution, read from the words at the saying verb,
 * whether or not the archive knows it as an actor: the run of capitalised words that ends the
 * verb's subject ({@code "…," Clinton spokesman Josh Schwerin said}; {@code Viguerie said: "…"})
 * or, when the verb comes first, the run that ends the words after it up to a comma
 * ({@code "…," said Kerpen, who…}). Only a run that ends the subject counts: "the Texas senator
 * said", "a spokesman for Levine said", "Mr. Wyden and Mr. Udall said" and "Trump's spokesman
 * said" name no single speaker, so they give nothing.
 */
final class SpeakerNames {

    /** A name as written at an attribution, where it stands in its block's text. */
    record Written(int start, int end, String name) {
    }

    /** A word of a name: capitalised, or an initial ("J."), or a title with its full stop ("Sen."). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov",
            "governor", "gen", "general", "lt", "col", "capt", "sgt", "prof", "professor", "rev", "president", "former",
            "vice", "secretary", "speaker", "mayor", "judge", "justice", "chief", "sheriff", "attorney", "state", "u.s",
            // roles written in capitals before a name: "United Steelworkers Political Director Tim Waters"
            "director", "chairman", "chairwoman", "chair", "manager", "spokesman", "spokeswoman", "spokesperson", "adviser",
            "advisor", "strategist", "leader", "executive", "officer", "commissioner", "ambassador", "minister",
            "chancellor", "congressman", "congresswoman", "delegate", "founder", "ceo", "editor", "host", "anchor",
            "correspondent", "analyst", "economist", "pollster", "lawyer", "representative", "councilman", "councilwoman");
    /** Capitalised words that are no one's name: pronouns, time words, groups spoken of in general. */
    private static final Set<String> NOT_NAMES = Set.of("he", "she", "they", "it", "we", "i", "you", "this", "that",
            "these", "those", "there", "the", "a", "an", "his", "her", "their", "our", "its", "who", "what", "when",
            "where", "why", "how", "some", "many", "most", "others", "both", "all", "one", "each", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "today", "yesterday", "tonight",
            "officials", "police", "critics", "supporters", "aides", "sources", "democrats", "republicans",
            "americans", "voters", "reporters", "experts", "analysts", "residents", "god", "but", "and", "so", "then",
            "now", "still", "later", "also", "here", "if", "as", "while", "after", "before", "asked", "told", "said");
    /** Lower-case words that may stand in a subject before the name: roles and their qualifiers. */
    private static final Set<String> NOT_IN_SUBJECT = Set.of("of", "for", "to", "with", "by", "from", "at", "in", "on",
            "about", "and", "or", "but", "who", "whom", "which", "that", "as", "than", "when", "while", "after", "before",
            "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "this", "these", "those",
            "if", "because", "though", "although", "not", "is", "was", "are", "were", "has", "had", "have", "be");
    /** " of The Nation", " from the Brookings Institution": an organisation after a person's name. */
    private static final Pattern OF_ORGANISATION = Pattern.compile(
            "(?<=\\p{L})\\s+(?:of|from|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*\\s*$");
    /** A lower-case word that ends a name after a verb: a preposition, a conjunction or a relative. */
    private static final Pattern FUNCTION_WORD = Pattern.compile("\\s(?:of|for|to|with|by|from|at|in|on|about|and|or|but|"
            + "who|whom|which|that|as|when|while|after|before|during|because|if|than|said|says|told|added)\\b");
    /** Words between a subject and its verb that do not break the two apart: "Trump also said", "Cruz on Monday told". */
    private static final Pattern TRAILING_ADVERBS = Pattern.compile(
            "(?:\\s+(?:\\p{Ll}+ly|also|then|later|again|once|still|(?:on|late|early)\\s+\\p{Lu}\\p{Ll}+day))+$");

    private SpeakerNames() {
    }

    /**
     * The name at the attribution after a quote: {@code after} is the rest of the quote's sentence,
     * starting at {@code offset} of the block's text.
     */
    static Optional<Written> afterQuote(String after, int offset) {
        Matcher verb = Attribution.QUOTING.matcher(after);
        if (!verb.find()) {
            return Optional.empty();
        }
        String subject = after.substring(0, verb.start());
        int lead = 0;
        while (lead < subject.length() && (Character.isWhitespace(subject.charAt(lead)) || ",—–-".indexOf(subject.charAt(lead)) >= 0)) {
            lead++;
        }
        if (lead == subject.length()) {
            return objectRun(after, verb.end(), offset);
        }
        return subjectRun(after, lead, verb.start(), offset);
    }

    /**
     * The name at the attribution before a quote: {@code before} is its sentence up to the opening
     * mark, starting at {@code offset}. The last saying verb must stand a few words from the quote
     * ("Viguerie said:", "Viguerie told reporters that"); its subject starts after the last comma.
     */
    static Optional<Written> beforeQuote(String before, int offset) {
        Matcher verb = Attribution.QUOTING.matcher(before);
        int verbStart = -1;
        int verbEnd = -1;
        while (verb.find()) {
            verbStart = verb.start();
            verbEnd = verb.end();
        }
        if (verbStart < 0 || before.substring(verbEnd).strip().split("\\s+").length > 4) {
            return Optional.empty();
        }
        if (before.regionMatches(true, verbStart, "according to", 0, 12)) {
            return objectRun(before, verbEnd, offset);
        }
        int clauseStart = verbStart;
        while (clauseStart > 0 && ",;:–—(".indexOf(before.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        int clauseEnd = verbStart;
        if (before.substring(clauseStart, verbStart).isBlank() && clauseStart > 0 && before.charAt(clauseStart - 1) == ',') {
            // "Carson's business manager, Armstrong Williams, stated:": the name in apposition between the commas
            clauseEnd = clauseStart - 1;
            clauseStart = before.lastIndexOf(',', clauseEnd - 1) + 1;
            if (clauseStart == 0) {
                return Optional.empty();
            }
        }
        while (clauseStart < clauseEnd && Character.isWhitespace(before.charAt(clauseStart))) {
            clauseStart++;
        }
        return subjectRun(before, clauseStart, clauseEnd, offset);
    }

    /** The run that ends the words in {@code [from, verbAt)}, an aside after the first comma left out. */
    private static Optional<Written> subjectRun(String text, int from, int verbAt, int offset) {
        String subject = text.substring(from, verbAt);
        int comma = subject.indexOf(',');
        if (comma >= 0) {
            // "Mike Huckabee, the former Arkansas governor, said": the head before the aside
            if (!subject.substring(comma).strip().endsWith(",")) {
                return Optional.empty();
            }
            subject = subject.substring(0, comma);
        }
        Matcher principal = OF_ORGANISATION.matcher(subject);
        if (principal.find()) {
            // "George Zornick of The Nation wrote": the person before the organisation he is of
            subject = subject.substring(0, principal.start());
        }
        Matcher adverbs = TRAILING_ADVERBS.matcher(subject);
        if (adverbs.find()) {
            subject = subject.substring(0, adverbs.start());
        }
        return endingRun(subject, from + offset);
    }

    /** After a verb that comes first ("said Kerpen, who…"): the run that ends the words up to a comma. */
    private static Optional<Written> objectRun(String text, int from, int offset) {
        int to = from;
        while (to < text.length() && (",.;:(—–\"“”".indexOf(text.charAt(to)) < 0 || isAbbreviation(text, to))) {
            to++;
        }
        // "said Cruz constituent Dan Golvach when asked", "said Robby Mook in a statement": the name ends before
        Matcher function = FUNCTION_WORD.matcher(text).region(from, to);
        if (function.find()) {
            if (function.group().strip().matches("and|or")) {
                // "said Trump and Ryan": joint speakers, no one of them alone
                return Optional.empty();
            }
            to = function.start();
        }
        String object = text.substring(from, to);
        int lead = 0;
        while (lead < object.length() && Character.isWhitespace(object.charAt(lead))) {
            lead++;
        }
        return endingRun(object.substring(lead), from + lead + offset);
    }

    /**
     * The run of name words that ends {@code words}, when every word before it is a lower-case
     * role word ("Clinton spokesman Josh Schwerin", "conservative leader Richard Viguerie"). Empty
     * when a preposition, a conjunction or a pronoun stands in the words, or the run is no name.
     */
    private static Optional<Written> endingRun(String words, int offset) {
        String trimmed = words.stripTrailing();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        List<int[]> tokens = new ArrayList<>();
        Matcher token = Pattern.compile("\\S+").matcher(trimmed);
        while (token.find()) {
            tokens.add(new int[] {token.start(), token.end()});
        }
        if (tokens.size() > 7) {
            return Optional.empty();
        }
        int runStart = tokens.size();
        while (runStart > 0 && isNameWord(trimmed, tokens.get(runStart - 1))) {
            runStart--;
        }
        if (runStart == tokens.size()) {
            return Optional.empty();
        }
        for (int t = 0; t < runStart; t++) {
            String word = trimmed.substring(tokens.get(t)[0], tokens.get(t)[1]);
            // "Fox's Chris Wallace", "Clinton spokesman Josh Schwerin": a possessor or a role before the name
            if (NOT_IN_SUBJECT.contains(word.toLowerCase(Locale.ROOT)) || !word.matches("[\\p{L}-]+(?:['’]s)?")) {
                return Optional.empty();
            }
        }
        // the words before a title belong to the role ("Clinton spokesman", "Vermont Sen."): skip to the last title
        int first = runStart;
        for (int t = runStart; t < tokens.size() - 1; t++) {
            if (TITLES.contains(letters(trimmed, tokens.get(t)))) {
                first = t;
            }
        }
        List<String> naming = new ArrayList<>();
        for (int t = first; t < tokens.size(); t++) {
            String word = trimmed.substring(tokens.get(t)[0], tokens.get(t)[1]);
            if (word.endsWith("'s") || word.endsWith("’s")) {
                return Optional.empty();
            }
            String lower = letters(trimmed, tokens.get(t));
            if (NOT_NAMES.contains(lower)) {
                return Optional.empty();
            }
            if (!TITLES.contains(lower)) {
                naming.add(word);
            }
        }
        if (naming.isEmpty()) {
            return Optional.empty();
        }
        int start = tokens.get(first)[0];
        int end = tokens.get(tokens.size() - 1)[1];
        String name = trimmed.substring(start, end).replaceAll("[.,]+$", "");
        return Optional.of(new Written(offset + start, offset + start + name.length(), name));
    }

    /** Whether a full stop ends an initial or a title ("Louise M. Slaughter", "Sen. Cruz") rather than the sentence. */
    private static boolean isAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0))) || TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isNameWord(String text, int[] token) {
        return NAME_WORD.matcher(text.substring(token[0], token[1])).matches();
    }

    private static String letters(String text, int[] token) {
        return text.substring(token[0], token[1]).replaceAll("[^\\p{L}.]", "").replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The fullest form the report gives of a name written at an attribution: "Viguerie" is
     * "Richard Viguerie" when the report names him so, and only one person of that surname with a
     * given name ("Ghazala Khan" and "Khizr Khan" leave "Khan" as written). Titles are left off a
     * name the report gives no fuller form of only when a surname remains ("Dr. Ward" stays).
     *
     * @return empty when the written name is a word the report also uses in lower case ("Officials")
     */
    static Optional<String> fullest(CleanArticle article, String written) {
        List<String> words = new ArrayList<>(List.of(written.split("\\s+")));
        words.removeIf(word -> TITLES.contains(word.replaceAll("\\.$", "").toLowerCase(Locale.ROOT)));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (words.size() > 1) {
            return Optional.of(String.join(" ", words));
        }
        String surname = words.get(0);
        Pattern lower = Pattern.compile("\\b" + Pattern.quote(surname.toLowerCase(Locale.ROOT)) + "\\b");
        Pattern full = Pattern.compile("((?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.)(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.)){0,2})\\s+"
                + Pattern.quote(surname) + "\\b");
        Set<String> fuller = new LinkedHashSet<>();
        for (Block block : article.body()) {
            if (lower.matcher(block.text()).find()) {
                return Optional.empty();
            }
            Matcher m = full.matcher(block.text());
            while (m.find()) {
                List<String> given = new ArrayList<>(List.of(m.group(1).split("\\s+")));
                while (!given.isEmpty() && TITLES.contains(given.get(0).replaceAll("\\.$", "").toLowerCase(Locale.ROOT))) {
                    given.remove(0);
                }
                // a person's name opens on a given name: "Richard Viguerie", not "New York Times"
                if (!given.isEmpty() && GivenNames.genderOf(given.get(0)).isPresent()) {
                    fuller.add(String.join(" ", given) + " " + surname);
                }
            }
        }
        return Optional.of(fuller.size() == 1 ? fuller.iterator().next() : written);
    }
}
