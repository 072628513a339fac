package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.analysis.Analysis;
import org.briefing.analysis.comparison.SharedQuote;
import org.briefing.analysis.comparison.SourceComparison;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryId;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.briefing.content.Outlet;
import org.briefing.analysis.comparison.OutletProfile;

/**
 * The analysed archive joined for page building: each article with its story and entities, each
 * entity with the articles and stories that name it, each outlet with its articles. Built once;
 * every map is read-only, and every list is in a stated order.
 */
final class ArchiveIndex {

    /** Newest first; undated last; ties by id. */
    static final Comparator<CleanArticle> NEWEST_FIRST = Comparator
            .comparing((CleanArticle a) -> a.date().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(CleanArticle::id);

    final List<CleanArticle> articles;
    final Map<ArticleId, CleanArticle> articleById;
    final List<Story> stories;
    final Map<ArticleId, Story> storyOf;
    final Map<EntityId, Entity> entityById;
    final List<Entity> entities;
    /** What recognition found in each article: its mentions, for linking names in its text. */
    final Map<ArticleId, ArticleEntities> entitiesOf;
    /** Each article's entities, most mentioned first; ranked once, read by every page that lists them. */
    private final Map<ArticleId, List<EntityId>> prominent;
    /** Articles naming each entity, newest first. */
    final Map<EntityId, List<CleanArticle>> articlesNaming;
    /** Articles of each outlet, newest first; outlets sorted by name. */
    final Map<Outlet, List<CleanArticle>> articlesBySource;

    /** How each story's reports agree and differ. */
    final Map<StoryId, SourceComparison> comparisons;

    /** How each outlet covers the stories it shares with others. */
    final Map<Outlet, OutletProfile> profiles;

    final Map<StoryId, Story> storyById;

    /** Related stories of each story, newest first. */
    final Map<StoryId, List<Story>> related;

    /** Stories, latest report first: the order of the home pages, feeds and entity quote lists. */
    final List<Story> latestFirst;

    /**
     * Quotes given to each speaker, newest story first and in each story's order: built in one pass
     * over every story's quotes, so an actor page never scans the archive.
     */
    final Map<EntityId, List<SpokenQuote>> quotesBySpeaker;

    /** A quote of one story, for its speaker's page. */
    record SpokenQuote(Story story, SharedQuote quote) {
    }

    ArchiveIndex(Analysis analysis) {
        List<CleanArticle> articles = analysis.articles();
        List<Story> stories = analysis.stories();
        RecognizedEntities recognized = analysis.entities();
        this.articles = List.copyOf(articles);
        this.articleById = articles.stream().collect(Collectors.toUnmodifiableMap(CleanArticle::id, Function.identity()));
        this.stories = List.copyOf(stories);
        this.comparisons = analysis.comparisons();
        Map<ArticleId, Story> storyOf = new HashMap<>();
        stories.forEach(story -> story.articles().forEach(id -> storyOf.put(id, story)));
        this.storyOf = Map.copyOf(storyOf);
        this.entities = recognized.entities();
        this.entityById = recognized.byId();
        this.entitiesOf = recognized.byArticle();
        Map<ArticleId, List<EntityId>> prominent = new ConcurrentHashMap<>();
        recognized.byArticle().entrySet().parallelStream()
                .forEach(entry -> prominent.put(entry.getKey(), entry.getValue().byProminence()));
        this.prominent = Map.copyOf(prominent);

        Map<EntityId, List<CleanArticle>> naming = new HashMap<>();
        for (CleanArticle article : articles) {
            for (EntityId id : entityIdsOf(article.id())) {
                naming.computeIfAbsent(id, k -> new ArrayList<>()).add(article);
            }
        }
        naming.values().forEach(list -> list.sort(NEWEST_FIRST));
        this.articlesNaming = Map.copyOf(naming);

        Map<Outlet, List<CleanArticle>> bySource = new TreeMap<>();
        articles.forEach(article -> article.source().ifPresent(
                source -> bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(article)));
        bySource.values().forEach(list -> list.sort(NEWEST_FIRST));
        this.articlesBySource = java.util.Collections.unmodifiableMap(bySource);

        this.storyById = stories.stream().collect(Collectors.toUnmodifiableMap(Story::id, Function.identity()));
        this.profiles = analysis.outlets();
        Map<StoryId, List<Story>> related = new HashMap<>();
        analysis.related().forEach((id, others) -> related.put(id, others.stream().map(storyById::get).toList()));
        this.related = Map.copyOf(related);

        this.latestFirst = stories.stream().sorted(StoryPages.LATEST_FIRST).toList();
        Map<EntityId, List<SpokenQuote>> bySpeaker = new HashMap<>();
        for (Story story : latestFirst) {
            SourceComparison comparison = comparisons.get(story.id());
            if (comparison == null) {
                continue;
            }
            for (SharedQuote quote : comparison.quotes()) {
                quote.speaker().ifPresent(speaker ->
                        bySpeaker.computeIfAbsent(speaker, k -> new ArrayList<>()).add(new SpokenQuote(story, quote)));
            }
        }
        this.quotesBySpeaker = Map.copyOf(bySpeaker);
    }

    /** The entities an article names or is tagged with, most mentioned first. */
    List<EntityId> entityIdsOf(ArticleId article) {
        return prominent.getOrDefault(article, List.of());
    }

    List<CleanArticle> articlesOf(Story story) {
        return story.articles().stream().map(articleById::get).toList();
    }

    /**
     * The entities a group of articles names, by the number of articles naming each (most first,
     * ties by the order of first appearance, then id).
     */
    Map<EntityId, Integer> entityCounts(List<CleanArticle> group) {
        Map<EntityId, Integer> counts = new LinkedHashMap<>();
        for (CleanArticle article : group) {
            for (EntityId id : entityIdsOf(article.id())) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<EntityId, Integer>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** Stories naming an entity, newest first (by their latest report). */
    List<Story> storiesNaming(EntityId id) {
        // Keyed by id: a story's own hash walks all its passages, and the most-named actor is in most stories
        Map<StoryId, Story> found = new LinkedHashMap<>();
        for (CleanArticle article : articlesNaming.getOrDefault(id, List.of())) {
            Story story = storyOf.get(article.id());
            found.putIfAbsent(story.id(), story);
        }
        return List.copyOf(found.values());
    }
}
