package org.briefing.analysis.stories;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.briefing.analysis.text.Words;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.PublicationDate;

/**
 * Turns each group of reports into a {@link Story}: id ({@link StoryIds}), headline, facts and
 * summary.
 * The headline is an editor's {@code story_title}, else the report title that shares most words
 * with the other titles (the most representative), else the first report's opening words.
 */
final class StoryAssembler {

    private final StorySummarizer summarizer = new StorySummarizer();
    private final FactFinder factFinder = new FactFinder();

    List<Story> assemble(List<List<CleanArticle>> groups, Collection<String> explicitKeys) {
        List<List<CleanArticle>> ordered = groups.stream()
                .map(group -> group.stream().sorted(StoryGrouper.CHRONOLOGICAL).toList())
                .sorted(Comparator.comparing((List<CleanArticle> group) -> group.get(0), StoryGrouper.CHRONOLOGICAL))
                .toList();
        List<StoryId> ids = StoryIds.assign(ordered);
        return java.util.stream.IntStream.range(0, ordered.size()).parallel().mapToObj(i -> {
            List<CleanArticle> group = ordered.get(i);
            Optional<LocalDate> start = group.stream().flatMap(a -> a.date().stream()).map(PublicationDate::date)
                    .min(Comparator.naturalOrder());
            Optional<LocalDate> end = group.stream().flatMap(a -> a.date().stream()).map(PublicationDate::date)
                    .max(Comparator.naturalOrder());
            Optional<String> key = group.get(0).story().filter(explicitKeys::contains);
            List<Fact> facts = factFinder.find(group);
            return new Story(ids.get(i), headlineOf(group), summarizer.summarize(group, facts), facts,
                    group.stream().map(CleanArticle::id).toList(), start, end, key);
        }).toList();
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
}
