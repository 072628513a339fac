package org.briefing.analysis.entities;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefing.content.ArticleId;
import org.briefing.problems.Problem;

/**
 * All entities of the archive, sorted by id, and what each article names, in article order.
 *
 * @param warnings one for each article whose names could not be read (a bug, not bad content);
 *                 such an article names nothing
 */
public record RecognizedEntities(List<Entity> entities, List<ArticleEntities> articles, List<Problem> warnings) {

    public RecognizedEntities {
        entities = List.copyOf(entities);
        articles = List.copyOf(articles);
        warnings = List.copyOf(warnings);
    }

    public RecognizedEntities(List<Entity> entities, List<ArticleEntities> articles) {
        this(entities, articles, List.of());
    }

    public Map<EntityId, Entity> byId() {
        return entities.stream().collect(Collectors.toUnmodifiableMap(Entity::id, Function.identity()));
    }

    public Map<ArticleId, ArticleEntities> byArticle() {
        return articles.stream().collect(Collectors.toUnmodifiableMap(ArticleEntities::article, Function.identity()));
    }
}
