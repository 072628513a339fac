package org.briefing.analysis.stories;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.briefing.analysis.text.Words;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.briefing.content.PublicationDate;
import org.briefing.published.PublishedSite;

/**
 * Turns each group of reports into a {@link Story}: id ({@link StoryIds}), headline, aligned
 * passages ({@link PassageAligner}) and summary.
 * The headline is an editor's {@code story_title}, else the report title that shares most words
 * with the other titles (the most representative), else the first report's opening words.
 */
final class StoryAssembler {

    private final StorySummarizer summarizer = new StorySummarizer();
    private final PassageAligner aligner = new PassageAligner();

    List<Story> assemble(List<List<CleanArticle>> groups, Collection<String> explicitKeys, PublishedSite published) {
        List<List<CleanArticle>> ordered = groups.stream()
                .map(group -> group.stream().sorted(StoryGrouper.CHRONOLOGICAL).toList())
                .sorted(Comparator.comparing((List<CleanArticle> group) -> group.get(0), StoryGrouper.CHRONOLOGICAL))
                .toList();
        List<String> headlines = ordered.parallelStream().map(StoryAssembler::headlineOf).toList();
        List<StoryId> ids = StoryIds.assign(ordered, headlines, published);
        return java.util.stream.IntStream.range(0, ordered.size()).parallel().mapToObj(i -> {
            List<CleanArticle> group = ordered.get(i);
            Optional<LocalDate> start = group.stream().flatMap(a -> a.date().stream()).map(PublicationDate::date)
                    .min(Comparator.naturalOrder());
            Optional<LocalDate> end = group.stream().flatMap(a -> a.date().stream()).map(PublicationDate::date)
                    .max(Comparator.naturalOrder());
            Optional<String> key = group.get(0).story().filter(explicitKeys::contains);
            List<ArticleId> reports = group.stream().map(CleanArticle::id).toList();
            List<Passage> passages = aligner.align(group);
            return new Story(ids.get(i), headlines.get(i), summarizer.summarize(reports, passages, headlines(group)), passages,
                    reports, start, end, key);
        }).toList();
    }

    private static Set<String> headlines(List<CleanArticle> group) {
        Set<String> titles = new HashSet<>();
        group.forEach(article -> titles.add(article.headline()));
        return titles;
    }

    private static String headlineOf(List<CleanArticle> group) {
        Optional<String> editorial = group.stream().flatMap(article -> article.storyTitle().stream()).findFirst();
        if (editorial.isPresent()) {
            return editorial.get();
        }
        List<CleanArticle> titled = group.stream().filter(article -> article.title().isPresent()).toList();
        if (titled.isEmpty()) {
            return group.get(0).headline();
        }
        List<Set<String>> words = titled.stream()
                .map(article -> (Set<String>) new HashSet<>(Words.terms(article.title().get()))).toList();
        int best = 0;
        double bestScore = -1;
        for (int c = 0; c < titled.size(); c++) {
            double score = 0;
            for (int o = 0; o < titled.size(); o++) {
                if (o != c) {
                    Set<String> other = words.get(o);
                    score += words.get(c).stream().filter(other::contains).count() / (double) Math.max(1, words.get(c).size());
                }
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return titled.get(best).title().get();
    }
}
