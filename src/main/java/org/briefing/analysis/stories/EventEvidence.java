package org.briefing.analysis.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.briefing.analysis.text.Vocabulary;
import org.briefing.analysis.text.Words;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;

/**
 * The facts in a report that tell one event from another of the same kind: the names it uses
 * (capitalised words inside a sentence: "Rahman", "Qeshm", "Salazar") and the numbers it gives
 * ("5.9", "58-3", "288", "2008"). Two earthquakes in one region, or two title fights of one boxer,
 * share their vocabulary; they differ in who, where and how many. Words only capitalised because
 * they open a sentence, stop words, and the names of days and months (which every event has) are
 * not evidence.
 */
final class EventEvidence {

    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight");

    /** Blocks of a report read for evidence. */
    static final int LEAD_BLOCKS = 8;

    private EventEvidence() {
    }

    /**
     * Each article's evidence as sorted, distinct term numbers, in the order of {@code articles}.
     * The numbers depend on thread timing, but only equality between them is ever used, so the
     * grouping does not.
     */
    static List<int[]> of(List<CleanArticle> articles) {
        Vocabulary vocabulary = new Vocabulary();
        return articles.parallelStream().map(article -> {
            int[] ids = vocabulary.ids(termsOf(article));
            Arrays.sort(ids);
            return distinct(ids);
        }).toList();
    }

    private static int[] distinct(int[] sorted) {
        int kept = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (kept == 0 || sorted[kept - 1] != sorted[k]) {
                sorted[kept++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, kept);
    }

    static List<String> termsOf(CleanArticle article) {
        List<String> terms = new ArrayList<>();
        // The lead names the event, as StoryVectors weighs it; reading only the first blocks
        // keeps the scan cheap on long reports.
        List<Block> body = article.body();
        for (Block block : body.subList(0, Math.min(body.size(), LEAD_BLOCKS))) {
            if (block.kind() == BlockKind.PARAGRAPH && !titleCased(block.text())) {
                addTerms(block.text(), terms);
            }
        }
        return terms;
    }

    /**
     * Scans {@code text} by hand, as {@link Words#terms} does: a token is a run of letters and
     * digits with inner hyphens, apostrophes, and (between digits) points and commas, so "5.9",
     * "1,247" and "O'Brien" stay whole. A capitalised token counts unless it opens a sentence.
     */
    static void addTerms(String text, List<String> terms) {
        int length = text.length();
        boolean sentenceStart = true;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '“' || c == '(' || c == '\n') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || joinsToken(text, i))) {
                i++;
            }
            // Most tokens are lower-case words; they are skipped without being copied.
            if (Character.isDigit(c)) {
                if (i - start >= 2) {
                    terms.add(text.substring(start, i).replace(",", ""));
                }
            } else if (Character.isUpperCase(c) && !sentenceStart) {
                String name = Words.fold(possessiveDropped(text.substring(start, i)));
                if (name.length() >= 2 && !Words.isStopWord(name) && !CALENDAR.contains(name)) {
                    terms.add(name);
                }
            }
            sentenceStart = false;
        }
    }

    /**
     * A line in which most words are capitalised is a headline, a byline or page furniture
     * ("Obama Overturns Bush Endangered Species Rule"): its capitals are not names.
     */
    static boolean titleCased(String text) {
        int words = 0;
        int capitalised = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!inWord) {
                    words++;
                    if (Character.isUpperCase(c)) {
                        capitalised++;
                    }
                }
                inWord = true;
            } else {
                inWord = c == '\'' || c == '’' || c == '-';
            }
        }
        return words >= 3 && capitalised * 2 > words;
    }

    /** A hyphen or apostrophe between letters, or a point or comma between digits, keeps a token going. */
    private static boolean joinsToken(String text, int i) {
        if (i == 0 || i + 1 >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        char before = text.charAt(i - 1);
        char after = text.charAt(i + 1);
        if (c == '-' || c == '\'' || c == '’') {
            return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
        }
        return (c == '.' || c == ',') && Character.isDigit(before) && Character.isDigit(after);
    }

    private static String possessiveDropped(String token) {
        if (token.endsWith("'s") || token.endsWith("’s")) {
            return token.substring(0, token.length() - 2);
        }
        return token;
    }
}
