package org.briefing.analysis.stories;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
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
            List<ReportText> texts = ReportText.read(group);
            Optional<LocalDate> start = group.stream().flatMap(a -> a.date().stream()).map(PublicationDate::date)
                    .min(Comparator.naturalOrder());
            Optional<LocalDate> end = group.stream().flatMap(a -> a.date().stream()).map(PublicationDate::date)
                    .max(Comparator.naturalOrder());
            Optional<String> key = group.get(0).story().filter(explicitKeys::contains);
            List<Fact> facts = factFinder.find(texts);
            return new Story(ids.get(i), headlineOf(texts), summarizer.summarize(texts, facts), facts,
                    group.stream().map(CleanArticle::id).toList(), start, end, key);
        }).toList();
    }

    private static String headlineOf(List<ReportText> group) {
        Optional<String> editorial = group.stream().flatMap(text -> text.article().storyTitle().stream()).findFirst();
        if (editorial.isPresent()) {
            return editorial.get();
        }
        List<ReportText> titled = group.stream().filter(text -> text.article().title().isPresent()).toList();
        if (titled.isEmpty()) {
            return group.get(0).article().headline();
        }
        List<Set<Integer>> words = titled.stream()
                .map(text -> (Set<Integer>) new HashSet<>(Arrays.stream(text.titleTerms()).boxed().toList())).toList();
        int best = 0;
        double bestScore = -1;
        for (int c = 0; c < titled.size(); c++) {
            double score = 0;
            for (int o = 0; o < titled.size(); o++) {
                if (o != c) {
                    Set<Integer> other = words.get(o);
                    score += words.get(c).stream().filter(other::contains).count() / (double) Math.max(1, words.get(c).size());
                }
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return titled.get(best).article().title().get();
    }
}
