package org.briefing.analysis.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.analysis.stories.Passage;
import org.briefing.analysis.stories.Story;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;

/**
 * Compares the reports of each story: aligned passages, quotes, figures, wording and rewrites.
 * Stories are compared one at a time and in parallel; each comparison reads only its own reports,
 * so the work grows with the archive, not with its square.
 *
 * <pre>{@code
 * Map<StoryId, SourceComparison> comparisons = new StoryComparer().compareAll(stories, articles, entities);
 * }</pre>
 */
public final class StoryComparer {

    /**
     * Never fails for one story: should reading one report's quotes and figures throw (a bug), the
     * comparison goes on without them; should the rest of a story's comparison throw, the story
     * keeps only its aligned passages. Either way {@link Comparisons#warnings()} names the file.
     */
    public Comparisons compareAll(List<Story> stories, List<CleanArticle> articles, RecognizedEntities entities) {
        Map<ArticleId, CleanArticle> byId = new LinkedHashMap<>();
        articles.forEach(article -> byId.put(article.id(), article));
        Map<ArticleId, ArticleEntities> mentions = entities.byArticle();
        Map<EntityId, Entity> entityById = entities.byId();
        List<Compared> compared = stories.parallelStream()
                .map(story -> compareGuarded(story, story.articles().stream().map(byId::get).toList(), mentions, entityById))
                .toList();
        return new Comparisons(compared.stream().map(Compared::comparison).toList(),
                compared.stream().flatMap(c -> c.warnings().stream()).sorted(ProblemsFound.ORDER).toList());
    }

    private record Compared(SourceComparison comparison, List<Problem> warnings) {
    }

    private Compared compareGuarded(Story story, List<CleanArticle> reports, Map<ArticleId, ArticleEntities> mentions,
                                    Map<EntityId, Entity> entityById) {
        List<Problem> warnings = new ArrayList<>();
        try {
            return new Compared(compare(story, reports, mentions, entityById, warnings), warnings);
        } catch (RuntimeException | StackOverflowError e) {
            List<String> files = reports.stream().filter(Objects::nonNull).map(CleanArticle::file).toList();
            warnings.add(Problem.analysisFailed(files.isEmpty() ? "" : files.get(0),
                    "Comparing the reports of story `" + story.id().value() + "` (" + String.join(", ", files) + ")",
                    "its comparison page shows only the aligned passages", e));
            return new Compared(new SourceComparison(story.id(), story.articles(), story.passages(), List.of(), List.of(),
                    List.of(), List.of(), List.of()), warnings);
        }
    }

    SourceComparison compare(Story story, List<CleanArticle> reports, Map<ArticleId, ArticleEntities> mentions,
                             Map<EntityId, Entity> entityById) {
        return compare(story, reports, mentions, entityById, new ArrayList<>());
    }

    private SourceComparison compare(Story story, List<CleanArticle> reports, Map<ArticleId, ArticleEntities> mentions,
                                     Map<EntityId, Entity> entityById, List<Problem> warnings) {
        List<ArticleId> ids = reports.stream().map(CleanArticle::id).toList();
        List<Passage> passages = story.passages();
        List<Quote> quotes = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (CleanArticle report : reports) {
            ArticleEntities found = mentions.getOrDefault(report.id(), new ArticleEntities(report.id(), List.of(), List.of()));
            try {
                List<Quote> quoted = new QuoteFinder().find(report, found, entityById);
                List<Figure> counted = new FigureFinder().find(report, found, entityById, quoted);
                quotes.addAll(quoted);
                figures.addAll(counted);
            } catch (RuntimeException | StackOverflowError e) {
                warnings.add(Problem.analysisFailed(report.file(), "Finding the quotes and figures of this article",
                        "the comparison of its story shows none of them", e));
            }
        }
        return new SourceComparison(story.id(), ids, passages, new QuoteGrouper().group(ids, quotes), figures,
                new FigureGrouper().group(figures, passages, reports), new TermFinder().find(reports, mentions, entityById),
                new RewriteFinder().pairs(ids, passages));
    }
}
