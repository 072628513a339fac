package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefing.analysis.comparison.Figure;
import org.briefing.analysis.comparison.Rewrite;
import org.briefing.analysis.comparison.SourceComparison;
import org.briefing.analysis.stories.Passage;
import org.briefing.analysis.stories.Story;
import org.briefing.content.ArticleId;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityType;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.MetaField;
import org.briefing.cleaning.Removal;
import org.briefing.content.LanguageTag;
import org.briefing.content.Outlet;

/**
 * The JSON API ({@code api/}): articles, stories and entities, each a list sorted by id, the
 * redirects, sorted by old path, and {@code compare/ID.json} for each compared story. Paths are
 * relative to the site root so readers' tools can join them to any base URL. The next build reads
 * stories, entities and redirects back ({@code build --previous}).
 */
final class ApiFiles {

    private final ArchiveIndex index;
    private final Routes routes;
    private final DateText dates;
    private final EntryTimes times;

    ApiFiles(ArchiveIndex index, Routes routes, DateText dates, EntryTimes times) {
        this.index = index;
        this.routes = routes;
        this.dates = dates;
        this.times = times;
    }

    /**
     * Every file: articles, entities, redirects and stories, and the comparison of each story
     * with two or more reports. Each is made while rendering, not held with the model: at 100,000
     * articles each list is hundreds of megabytes.
     *
     * @param redirects the site's redirect pages ({@link Redirects}), sorted by old path
     */
    List<DataFile> files(List<Redirects.Redirect> redirects) {
        List<DataFile> files = new ArrayList<>(List.of(
                new DataFile(Routes.api("articles.json"), this::articles),
                new DataFile(Routes.api("entities.json"), this::entities),
                new DataFile(Routes.api("redirects.json"),
                        redirects.stream().map(r -> new ApiRedirect(r.from().value(), r.to().value())).toList()),
                new DataFile(Routes.api("stories.json"), this::stories)));
        index.stories.stream()
                .filter(ComparisonPages::compared)
                .map(story -> new DataFile(Routes.comparisonData(story.id()),
                        () -> apiComparison(story, index.comparisons.get(story.id()))))
                .forEach(files::add);
        return files;
    }

    private List<ApiArticle> articles() {
        return index.articles.stream().map(article -> new ApiArticle(
                article.id().value(),
                article.headline(),
                article.source().map(Outlet::name).orElse(null),
                article.date().map(d -> dates.iso(article.date())).orElse(null),
                article.updated().map(d -> dates.iso(article.updated())).orElse(null),
                article.section().orElse(null),
                article.language().map(LanguageTag::value).orElse(null),
                article.url().orElse(null),
                routes.article(article.id()).value(),
                index.storyOf.get(article.id()).id().value(),
                idsOfType(index.entityIdsOf(article.id()), EntityType.ACTOR),
                idsOfType(index.entityIdsOf(article.id()), EntityType.PLACE),
                article.removed().stream().map(Removal::text).toList(),
                article.missing().stream().map(ApiFiles::apiName).toList()))
                .toList();
    }

    private List<ApiStory> stories() {
        return index.stories.stream().sorted(java.util.Comparator.comparing(s -> s.id())).map(story -> {
            List<CleanArticle> reports = index.articlesOf(story);
            List<EntityId> ranked = new ArrayList<>(index.entityCounts(reports).keySet());
            return new ApiStory(story.id().value(), story.title(), Routes.story(story.id()).value(),
                    story.start().map(Object::toString).orElse(null), story.end().map(Object::toString).orElse(null),
                    story.articles().stream().map(id -> id.value()).toList(),
                    idsOfType(ranked, EntityType.ACTOR), idsOfType(ranked, EntityType.PLACE), story.summary(),
                    index.related.getOrDefault(story.id(), List.of()).stream().map(s -> s.id().value()).toList(),
                    ComparisonPages.compared(story) ? Routes.comparisonData(story.id()).value() : null,
                    times.updated(story).orElse(null));
        }).toList();
    }

    private List<ApiEntity> entities() {
        return index.entities.stream().map(entity -> new ApiEntity(entity.id().value(), entity.name(),
                entity.type().key(), entity.kind().key(), entity.aliases(), routes.entity(entity.id(), 1).value(),
                entity.description().isEmpty() ? null : entity.description(),
                entity.coordinates().map(c -> new ApiEntity.Coordinates(c.latitude(), c.longitude())).orElse(null),
                index.storiesNaming(entity.id()).stream().map(story -> story.id().value()).toList(),
                entity.links()))
                .toList();
    }

    private List<String> idsOfType(List<EntityId> ids, EntityType type) {
        return ids.stream().filter(id -> index.entityById.get(id).type() == type).map(EntityId::value).toList();
    }

    private static String apiName(MetaField field) {
        return switch (field) {
            case TITLE -> "title";
            case SOURCE -> "source";
            case URL -> "url";
            case DATE -> "date";
            case AUTHOR -> "author";
            case DATELINE -> "dateline";
        };
    }

    /**
     * The comparison's data, compact: reports are named by their place in {@code reports}, a
     * passage left out or a number in a claim by its place in {@code passages} or {@code numbers},
     * and a wording equal to the one it belongs to is {@code null}. At 10,000 articles the
     * files were a seventh of the site, most of it long article ids said again and again.
     */
    private ApiComparison apiComparison(Story story, SourceComparison comparison) {
        int reports = comparison.reports().size();
        Map<ArticleId, Integer> number = placesOf(comparison.reports());
        Map<Passage, Integer> passageNumber = placesOf(comparison.passages());
        Map<Figure, Integer> figureNumber = placesOf(comparison.figures());
        Set<Rewrite> withPage = PairPages.sideBySide(comparison);
        return new ApiComparison(story.id().value(), Routes.comparison(story.id()).value(),
                ids(comparison.reports()),
                comparison.passages().stream().map(p -> new ApiComparison.Passage(
                        p.sentences().size() == reports && reports > 1 ? "all" : p.sentences().size() == 1 ? "one" : "some",
                        p.sentences().get(0).text(),
                        p.sentences().stream().map(s -> new ApiComparison.Sentence(number.get(s.article()), s.index(),
                                s.text().equals(p.sentences().get(0).text()) ? null : s.text())).toList())).toList(),
                comparison.reports().stream()
                        .map(id -> new ApiComparison.LeftOut(number.get(id), comparison.leftOutBy(id).stream()
                                .map(passageNumber::get).toList()))
                        .filter(l -> !l.passages().isEmpty()).toList(),
                comparison.quotes().stream().map(q -> new ApiComparison.Quote(q.speaker().map(EntityId::value).orElse(null),
                        q.speakerName().orElse(null), q.text(),
                        q.carriers().stream().map(c -> new ApiComparison.Carrier(number.get(c.article()),
                                c.text().equals(q.text()) ? null : c.text(),
                                c.fidelity().name().toLowerCase(Locale.ROOT))).toList())).toList(),
                comparison.figures().stream().map(f -> apiNumber(f, number.get(f.article()))).toList(),
                comparison.claims().stream().map(c -> new ApiComparison.Claim(c.counts(), c.outcome().isEmpty() ? null : c.outcome(),
                        c.disagree(), c.figures().stream().map(figureNumber::get).toList())).toList(),
                comparison.terms().stream().map(t -> new ApiComparison.Term(number.get(t.article()), t.term(),
                        t.side().name().toLowerCase(Locale.ROOT), t.refersTo().map(EntityId::value).orElse(null))).toList(),
                comparison.rewrites().stream().map(r -> new ApiComparison.Rewrite(
                        List.of(number.get(r.first()), number.get(r.second())), rounded(r.similarity()))).toList(),
                comparison.pairs().stream().map(r -> new ApiComparison.Pair(List.of(number.get(r.first()), number.get(r.second())),
                        rounded(r.similarity()), withPage.contains(r)
                                ? routes.pair(story.id(), r.first(), r.second()).value() : null)).toList());
    }

    /** Each item's first place in {@code items}, from 0. */
    private static <T> Map<T, Integer> placesOf(List<T> items) {
        Map<T, Integer> places = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            places.putIfAbsent(items.get(i), i);
        }
        return places;
    }

    private static ApiComparison.Number apiNumber(Figure f, int report) {
        Number value = f.value() == Math.rint(f.value()) && Math.abs(f.value()) < 1e15 ? (Number) (long) f.value() : f.value();
        return new ApiComparison.Number(value, f.text(), f.qualifier().orElse(null), f.counts().orElse(null),
                f.attributedTo().map(EntityId::value).orElse(null), f.attribution().orElse(null), report);
    }

    private static double rounded(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    private static List<String> ids(List<ArticleId> ids) {
        return ids.stream().map(ArticleId::value).toList();
    }
}
