package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.List;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityType;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.MetaField;
import org.briefing.cleaning.Removal;
import org.briefing.content.Outlet;

/**
 * The JSON API ({@code api/}): articles, stories and entities, each a list sorted by id. Paths
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

    List<DataFile> files() {
        return List.of(
                new DataFile(Routes.api("articles.json"), articles()),
                new DataFile(Routes.api("entities.json"), entities()),
                new DataFile(Routes.api("stories.json"), stories()));
    }

    private List<ApiArticle> articles() {
        return index.articles.stream().map(article -> new ApiArticle(
                article.id().value(),
                article.headline(),
                article.source().map(Outlet::name).orElse(null),
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
}
