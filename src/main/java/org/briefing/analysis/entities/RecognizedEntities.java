package org.briefing.analysis.entities;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefing.content.ArticleId;

/**
 * All entities of the archive, sorted by id, and what each article names, in article order.
 */
public record RecognizedEntities(List<Entity> entities, List<ArticleEntities> articles) {

    public RecognizedEntities {
        entities = List.copyOf(entities);
        articles = List.copyOf(articles);
    }

    public Map<EntityId, Entity> byId() {
        return entities.stream().collect(Collectors.toUnmodifiableMap(Entity::id, Function.identity()));
    }

    public Map<ArticleId, ArticleEntities> byArticle() {
        return articles.stream().collect(Collectors.toUnmodifiableMap(ArticleEntities::article, Function.identity()));
    }
}
