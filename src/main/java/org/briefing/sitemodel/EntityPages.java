package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.stories.Story;
import org.briefing.cleaning.CleanArticle;
import org.briefing.config.SiteConfig;
import org.briefing.sitemodel.EntityView.StoryMentions;
import org.briefing.content.Outlet;

/** One page per actor or place (paginated): its latest stories in full, then one line each. */
final class EntityPages {

    private static final int RELATED = 8;

    private final ArchiveIndex index;
    private final Routes routes;
    private final Cards cards;
    private final SiteConfig config;
    /** Read only when some place has coordinates. */
    private final PlaceMaps maps;

    /**
     * Stories the first page shows in full, with the reports that name the entity; the rest are
     * one line each. A much-named actor is in thousands of stories: full cards for all of them made
     * the entity pages most of the site's bytes.
     */
    static final int LEAD_STORIES = 3;

    /**
     * Quotes an actor's first page lists, newest story first, at most {@link #QUOTES_A_STORY} of
     * one story: ten quotes of one speech made the page a transcript of it.
     */
    static final int QUOTES = 6;
    static final int QUOTES_A_STORY = 2;
    /** Quotes looked at to find {@link #QUOTES} of several stories. */
    private static final int QUOTES_SCANNED = 60;

    EntityPages(ArchiveIndex index, Routes routes, Cards cards, SiteConfig config) {
        this.index = index;
        this.routes = routes;
        this.cards = cards;
        this.config = config;
        this.maps = index.entities.stream().anyMatch(e -> e.coordinates().isPresent()) ? new PlaceMaps() : null;
    }

    List<Page> entityPages() {
        return index.entities.parallelStream().flatMap(entity -> pagesOf(entity).stream()).toList();
    }

    private List<Page> pagesOf(Entity entity) {
        List<CleanArticle> naming = index.articlesNaming.getOrDefault(entity.id(), List.of());
        List<Story> stories = index.storiesNaming(entity.id());
        Set<org.briefing.content.ArticleId> namingIds = naming.stream().map(CleanArticle::id).collect(Collectors.toSet());
        Map<EntityId, Integer> related = new LinkedHashMap<>(index.entityCounts(naming));
        related.remove(entity.id());
        Map<Outlet, Long> outletCounts = naming.stream().flatMap(a -> a.source().stream())
                .collect(Collectors.groupingBy(s -> s, java.util.TreeMap::new, Collectors.counting()));
        List<LinkView> outlets = outletCounts.entrySet().stream()
                .sorted(Map.Entry.<Outlet, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(RELATED)
                .map(e -> new LinkView(e.getKey().name(), routes.url(routes.source(e.getKey())), Long.toString(e.getValue()), ""))
                .toList();
        String latitude = entity.coordinates().map(c -> String.format(Locale.ROOT, "%.4f", c.latitude())).orElse("");
        String longitude = entity.coordinates().map(c -> String.format(Locale.ROOT, "%.4f", c.longitude())).orElse("");

        MapView map = maps == null ? null : maps.of(entity).orElse(null);
        EntityFacts about = new EntityFacts(entity, stories, naming.size(), namingIds, related, outlets, latitude, longitude, map);
        int total = Pagination.pageCount(stories.size(), config.entitiesPerPage());
        List<Page> pages = new ArrayList<>();
        for (int number = 1; number <= total; number++) {
            int pageNumber = number;
            // The view is made when the page is rendered, so the model does not hold every
            // entity page's cards at once.
            pages.add(new Page(routes.entity(entity.id(), number), () -> viewOf(about, pageNumber, total)));
        }
        return pages;
    }

    /** What every page of one entity shows, worked out once for all its pages. */
    private record EntityFacts(Entity entity, List<Story> stories, int articles, Set<org.briefing.content.ArticleId> namingIds,
                               Map<EntityId, Integer> related, List<LinkView> outlets, String latitude, String longitude,
                               MapView map) {
    }

    private EntityView viewOf(EntityFacts about, int number, int total) {
        Entity entity = about.entity();
        List<Story> slice = Pagination.slice(about.stories(), number, config.entitiesPerPage());
        int lead = number == 1 ? Math.min(LEAD_STORIES, slice.size()) : 0;
        List<StoryMentions> onPage = slice.subList(0, lead).stream()
                .map(story -> new StoryMentions(cards.storyCard(story), index.articlesOf(story).stream()
                        .filter(article -> about.namingIds().contains(article.id())).map(cards::reportRow).toList()))
                .toList();
        List<LinkView> lines = slice.subList(lead, slice.size()).stream().map(cards::storyLine).toList();
        // What the entity is (map, description, links) and what surrounds it (quotes, names
        // alongside, outlets) is the first page's: later pages are the list of stories alone,
        // so an entity named in thousands of stories does not repeat them on every page.
        boolean first = number == 1;
        return new EntityView(entity.name(), entity.type() == EntityType.ACTOR ? "Actor" : "Place",
                entity.type().key(), entity.kind().key(), entity.aliases(), first ? entity.description() : "",
                about.articles(), about.stories().size(), onPage, lines,
                first ? cards.entityLinks(about.related(), EntityType.ACTOR, RELATED, true) : List.of(),
                first ? cards.entityLinks(about.related(), EntityType.PLACE, RELATED, true) : List.of(),
                first ? about.outlets() : List.of(), first ? about.latitude() : "", first ? about.longitude() : "",
                first ? about.map() : null,
                first ? entity.links() : List.of(),
                routes.url(routes.entityFeed(entity.id())),
                Pagination.of(number, total, n -> routes.url(routes.entity(entity.id(), n))),
                first ? fewAStory(quotesBy(entity.id())) : List.of());
    }

    /** Quotes whose speaker is {@code speaker}, at most {@link #QUOTES_SCANNED}, newest story first. */
    private List<EntityView.SpokenQuote> quotesBy(EntityId speaker) {
        return index.quotesBySpeaker.getOrDefault(speaker, List.of()).stream()
                .limit(QUOTES_SCANNED)
                .map(spoken -> new EntityView.SpokenQuote(
                        LinkView.of(spoken.story().title(), routes.url(Routes.story(spoken.story().id()))), cards.quoteRow(spoken.quote())))
                .toList();
    }

    private static List<EntityView.SpokenQuote> fewAStory(List<EntityView.SpokenQuote> quotes) {
        Map<String, Integer> perStory = new java.util.HashMap<>();
        List<EntityView.SpokenQuote> kept = new ArrayList<>();
        for (EntityView.SpokenQuote quote : quotes) {
            if (kept.size() < QUOTES && perStory.merge(quote.story().url(), 1, Integer::sum) <= QUOTES_A_STORY) {
                kept.add(quote);
            }
        }
        return kept;
    }
}
