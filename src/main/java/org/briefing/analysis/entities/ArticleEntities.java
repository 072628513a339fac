package org.briefing.analysis.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.briefing.content.ArticleId;

/**
 * The entities one article names.
 *
 * @param mentions in body order; an explicitly tagged entity the text never names has no mention
 *                 but is in {@code tagged}
 * @param tagged   entities the article's front matter tags
 */
public record ArticleEntities(ArticleId article, List<Mention> mentions, List<EntityId> tagged) {

    public ArticleEntities {
        Objects.requireNonNull(article, "article");
        mentions = List.copyOf(mentions);
        tagged = List.copyOf(tagged);
    }

    /** Each entity with its number of mentions (tags count once), most mentioned first, ties by id. */
    public List<EntityId> byProminence() {
        Map<EntityId, Integer> counts = new LinkedHashMap<>();
        tagged.forEach(id -> counts.merge(id, 1, Integer::sum));
        mentions.forEach(m -> counts.merge(m.entity(), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<EntityId, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
