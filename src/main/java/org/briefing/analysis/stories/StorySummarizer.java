package org.briefing.analysis.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefing.analysis.text.Quotation;
import org.briefing.content.ArticleId;

/**
 * An extractive summary of what most reports of a story say, in the reports' own voice: up to
 * {@link #SENTENCES} statements carried by at least half of the reports (and by two at least), the
 * most carried chosen first and then put lead first (by the earliest place any report gives them).
 * A story of one report, or one whose reports share no statement, is summarised by the opening
 * statements of its first report that has any.
 *
 * <p>A statement is a whole sentence a reader can take alone: six words or more, ending as a
 * sentence ends, its quotation marks balanced, not opening with a quotation mark or with a word that
 * leans on the sentence before ("He", "But"), most of it outside quotation marks, and not a
 * report's headline again. Of a passage, the first report's wording that is such a statement is
 * used.
 */
final class StorySummarizer {

    static final int SENTENCES = 3;
    private static final int OPENING_SENTENCES = 2;
    private static final int MIN_WORDS = 6;
    /** Words that open a sentence which needs the one before it to be understood. */
    private static final Set<String> LEANING = Set.of("he", "she", "they", "it", "his", "her", "their", "its", "this",
            "that", "these", "those", "but", "and", "or", "so", "yet", "also", "however", "meanwhile", "still", "there",
            "here", "then", "instead", "later", "earlier");
    private static final Pattern ENDS_AS_SENTENCE = Pattern.compile(".*[.!?][\"”’)]?$");

    /**
     * @param reports   the story's reports, in its order
     * @param passages  their aligned sentences, the most carried first
     * @param headlines the reports' headlines, which the story page shows already
     */
    List<String> summarize(List<ArticleId> reports, List<Passage> passages, Set<String> headlines) {
        Set<String> titles = headlines.stream().map(StorySummarizer::normalized).collect(Collectors.toSet());
        int needed = Math.max(2, (reports.size() + 1) / 2);
        List<Chosen> shared = new ArrayList<>();
        for (Passage passage : passages) {
            if (shared.size() == SENTENCES || passage.sentences().size() < needed) {
                continue;
            }
            statementOf(passage, titles).ifPresent(text -> shared.add(new Chosen(text, earliest(passage))));
        }
        if (!shared.isEmpty()) {
            return shared.stream().sorted(Comparator.comparingInt(Chosen::position)).map(Chosen::text).toList();
        }
        for (ArticleId report : reports) {
            List<String> opening = passages.stream()
                    .flatMap(passage -> passage.sentences().stream())
                    .filter(sentence -> sentence.article().equals(report))
                    .sorted(Comparator.comparingInt(Passage.Sentence::index))
                    .map(Passage.Sentence::text)
                    .filter(text -> isStatement(text, titles))
                    .limit(OPENING_SENTENCES)
                    .toList();
            if (!opening.isEmpty()) {
                return opening;
            }
        }
        return List.of();
    }

    private record Chosen(String text, int position) {
    }

    private static Optional<String> statementOf(Passage passage, Set<String> titles) {
        return passage.sentences().stream().map(Passage.Sentence::text).filter(text -> isStatement(text, titles)).findFirst();
    }

    private static int earliest(Passage passage) {
        return passage.sentences().stream().mapToInt(Passage.Sentence::index).min().orElse(0);
    }

    /** Whether a sentence reads alone, in the report's voice (see the class comment). */
    static boolean isStatement(String sentence, Set<String> titles) {
        String text = sentence.strip();
        String[] words = text.split("\\s+");
        if (words.length < MIN_WORDS || !ENDS_AS_SENTENCE.matcher(text).matches() || titles.contains(normalized(text))) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '"' || first == '“' || first == '‘' || first == '\'' || !Character.isUpperCase(first)) {
            return false;
        }
        String opening = words[0].replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        return !LEANING.contains(opening) && Quotation.balanced(text) && Quotation.quotedShare(text) <= 0.4;
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
