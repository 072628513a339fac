package org.briefing.analysis.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.analysis.text.Slugs;
import org.briefing.analysis.text.Words;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.PublicationDate;

/**
 * Turns each group of reports into a {@link Story}: headline, id and summary. The headline is an editor's
 * {@code story_title}, else the report title that shares most words with the other titles (the
 * most representative), else the first report's opening words. The id is the start date and the
 * headline's slug; ids that would collide get {@code -2}, {@code -3}… in the order of their
 * earliest report.
 */
final class StoryAssembler {

    private static final int SLUG_WORDS = 8;

    private final StorySummarizer summarizer = new StorySummarizer();

    List<Story> assemble(List<List<CleanArticle>> groups, Collection<String> explicitKeys) {
        List<List<CleanArticle>> ordered = groups.stream()
                .map(group -> group.stream().sorted(StoryGrouper.CHRONOLOGICAL).toList())
                .sorted(Comparator.comparing((List<CleanArticle> group) -> group.get(0), StoryGrouper.CHRONOLOGICAL))
                .toList();
        Map<String, Integer> used = new HashMap<>();
        List<Story> stories = new ArrayList<>();
        for (List<CleanArticle> group : ordered) {
            String title = headlineOf(group);
            Optional<LocalDate> start = group.stream().flatMap(a -> a.date().stream()).map(PublicationDate::date).min(Comparator.naturalOrder());
            Optional<LocalDate> end = group.stream().flatMap(a -> a.date().stream()).map(PublicationDate::date).max(Comparator.naturalOrder());
            String base = slugBase(title, start);
            int count = used.merge(base, 1, Integer::sum);
            StoryId id = new StoryId(count == 1 ? base : base + "-" + count);
            Optional<String> key = group.get(0).story().filter(explicitKeys::contains);
            stories.add(new Story(id, title, summarizer.summarize(group), group.stream().map(CleanArticle::id).toList(), start, end, key));
        }
        return stories;
    }

    private static String headlineOf(List<CleanArticle> group) {
        Optional<String> editorial = group.stream().flatMap(a -> a.storyTitle().stream()).findFirst();
        if (editorial.isPresent()) {
            return editorial.get();
        }
        List<CleanArticle> titled = group.stream().filter(a -> a.title().isPresent()).toList();
        if (titled.isEmpty()) {
            return group.get(0).headline();
        }
        CleanArticle best = titled.get(0);
        double bestScore = -1;
        for (CleanArticle candidate : titled) {
            double score = 0;
            List<String> words = Words.terms(candidate.title().get());
            for (CleanArticle other : titled) {
                if (other != candidate) {
                    List<String> otherWords = Words.terms(other.title().get());
                    score += words.stream().filter(otherWords::contains).count() / (double) Math.max(1, words.size());
                }
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best.title().get();
    }

    private static String slugBase(String title, Optional<LocalDate> start) {
        String[] words = Slugs.slugify(title, "story").split("-");
        String headline = String.join("-", java.util.Arrays.copyOf(words, Math.min(words.length, SLUG_WORDS)));
        return start.map(date -> date + "-" + headline).orElse(headline);
    }
}
