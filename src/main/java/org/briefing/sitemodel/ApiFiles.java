package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefing.analysis.comparison.Figure;
import org.briefing.analysis.comparison.Rewrite;
import org.briefing.analysis.comparison.SourceComparison;
import org.briefing.analysis.stories.Story;
import org.briefing.content.ArticleId;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityType;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.MetaField;
import org.briefing.cleaning.Removal;

/**
 * The JSON API ({@code api/}): articles, stories and entities, each a list sorted by id, and
 * {@code compare/ID.json} for each compared story. Paths
 * are relative to the site root so readers' tools can join them to any base URL.
 */
final class ApiFiles {

    private final ArchiveIndex index;
    private final Routes routes;
    private final DateText dates;

    ApiFiles(ArchiveIndex index, Routes routes, DateText dates) {
        this.index = index;
        this.routes = routes;
        this.dates = dates;
    }

    /**
     * Every file: articles, entities and stories, and the comparison of each story with two or
     * more reports (made when written: there is one a story).
     */
    List<DataFile> files() {
        List<DataFile> files = new ArrayList<>(List.of(
                new DataFile(Routes.api("articles.json"), articles()),
                new DataFile(Routes.api("entities.json"), entities()),
                new DataFile(Routes.api("stories.json"), stories())));
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
                article.source().orElse(null),
                article.date().map(d -> dates.iso(article.date())).orElse(null),
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
                    story.facts().stream().map(fact -> new ApiStory.ApiFact(fact.text(),
                            fact.reports().stream().map(id -> id.value()).toList())).toList());
        }).toList();
    }

    private List<ApiEntity> entities() {
        return index.entities.stream().map(entity -> new ApiEntity(entity.id().value(), entity.name(),
                entity.type().key(), entity.kind().key(), entity.aliases(), routes.entity(entity.id(), 1).value(),
                index.articlesNaming.getOrDefault(entity.id(), List.of()).stream().map(a -> a.id().value()).sorted().toList(),
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

    private ApiComparison apiComparison(Story story, SourceComparison comparison) {
        int reports = comparison.reports().size();
        Set<Rewrite> withPage = PairPages.sideBySide(comparison);
        return new ApiComparison(story.id().value(), Routes.comparison(story.id()).value(),
                ids(comparison.reports()),
                comparison.passages().stream().map(p -> new ApiComparison.Passage(
                        p.sentences().size() == reports && reports > 1 ? "all" : p.sentences().size() == 1 ? "one" : "some",
                        p.sentences().get(0).text(),
                        p.sentences().stream().map(s -> new ApiComparison.Sentence(s.article().value(), s.index(),
                                s.text().equals(p.sentences().get(0).text()) ? null : s.text())).toList())).toList(),
                comparison.reports().stream()
                        .map(id -> new ApiComparison.LeftOut(id.value(), comparison.leftOutBy(id).stream()
                                .map(p -> p.sentences().get(0).text()).toList()))
                        .filter(l -> !l.passages().isEmpty()).toList(),
                comparison.quotes().stream().map(q -> new ApiComparison.Quote(q.speaker().map(EntityId::value).orElse(null), q.text(),
                        q.carriers().stream().map(c -> new ApiComparison.Carrier(c.article().value(), c.text(),
                                c.fidelity().name().toLowerCase(Locale.ROOT))).toList())).toList(),
                comparison.figures().stream().map(ApiFiles::apiNumber).toList(),
                comparison.claims().stream().map(c -> new ApiComparison.Claim(c.counts(), c.outcome().isEmpty() ? null : c.outcome(), c.disagree(),
                        c.figures().stream().map(ApiFiles::apiNumber).toList())).toList(),
                comparison.terms().stream().map(t -> new ApiComparison.Term(t.article().value(), t.term(),
                        t.side().name().toLowerCase(Locale.ROOT), t.refersTo().map(EntityId::value).orElse(null))).toList(),
                comparison.rewrites().stream().map(r -> new ApiComparison.Rewrite(
                        List.of(r.first().value(), r.second().value()), rounded(r.similarity()))).toList(),
                comparison.pairs().stream().map(r -> new ApiComparison.Pair(List.of(r.first().value(), r.second().value()),
                        rounded(r.similarity()), withPage.contains(r)
                                ? routes.pair(story.id(), r.first(), r.second()).value() : null)).toList());
    }

    private static ApiComparison.Number apiNumber(Figure f) {
        Number value = f.value() == Math.rint(f.value()) && Math.abs(f.value()) < 1e15 ? (Number) (long) f.value() : f.value();
        return new ApiComparison.Number(value, f.text(), f.qualifier().orElse(null), f.counts().orElse(null),
                f.attributedTo().map(EntityId::value).orElse(null), f.attribution().orElse(null), f.article().value());
    }

    private static double rounded(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    private static List<String> ids(List<ArticleId> ids) {
        return ids.stream().map(ArticleId::value).toList();
    }
}
