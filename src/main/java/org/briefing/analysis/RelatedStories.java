package org.briefing.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryId;
import org.briefing.content.ArticleId;

/**
 * Links each story to the stories of the same unfolding situation: those that share its main
 * actors and places. A story's main entities are the {@link #MAIN_ENTITIES} named by most of its
 * reports; two stories are related when they share at least {@link #MIN_SHARED} of them, or one
 * that few stories name. Candidates come from an index of main entities, so no story is compared
 * with all others; an entity named by very many stories (a country that every story names) finds
 * no candidates on its own. Related stories are listed newest first.
 */
final class RelatedStories {

    static final int MAIN_ENTITIES = 6;
    static final int MIN_SHARED = 2;
    static final int MAX_RELATED = 8;
    /** An entity this many stories name is background, not a link. */
    private static final int COMMON = 50;

    Map<StoryId, List<StoryId>> find(List<Story> stories, RecognizedEntities entities) {
        Map<ArticleId, ArticleEntities> byArticle = entities.byArticle();
        Map<StoryId, List<EntityId>> main = new HashMap<>();
        Map<EntityId, List<Story>> storiesNaming = new HashMap<>();
        for (Story story : stories) {
            List<EntityId> top = mainEntities(story, byArticle);
            main.put(story.id(), top);
            top.forEach(entity -> storiesNaming.computeIfAbsent(entity, e -> new ArrayList<>()).add(story));
        }
        Map<StoryId, List<StoryId>> related = new LinkedHashMap<>();
        for (Story story : stories) {
            Map<Story, Integer> shared = new HashMap<>();
            Map<Story, Boolean> rare = new HashMap<>();
            for (EntityId entity : main.get(story.id())) {
                List<Story> naming = storiesNaming.get(entity);
                if (naming.size() > COMMON) {
                    continue;
                }
                for (Story other : naming) {
                    if (other != story) {
                        shared.merge(other, 1, Integer::sum);
                        if (naming.size() <= 3) {
                            rare.put(other, true);
                        }
                    }
                }
            }
            related.put(story.id(), shared.entrySet().stream()
                    .filter(entry -> entry.getValue() >= MIN_SHARED || rare.containsKey(entry.getKey()))
                    .map(Map.Entry::getKey)
                    .sorted(Comparator.comparing((Story s) -> s.end().orElse(LocalDate.MIN), Comparator.reverseOrder())
                            .thenComparing(Story::id))
                    .limit(MAX_RELATED)
                    .map(Story::id)
                    .toList());
        }
        return related;
    }

    private static List<EntityId> mainEntities(Story story, Map<ArticleId, ArticleEntities> byArticle) {
        Map<EntityId, Integer> counts = new HashMap<>();
        for (ArticleId article : story.articles()) {
            Optional.ofNullable(byArticle.get(article))
                    .ifPresent(found -> found.byProminence().stream().distinct()
                            .forEach(entity -> counts.merge(entity, 1, Integer::sum)));
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<EntityId, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAIN_ENTITIES)
                .map(Map.Entry::getKey)
                .toList();
    }
}
