package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.stories.Passage;
import org.briefing.analysis.stories.Story;
import org.briefing.cleaning.CleanArticle;
import org.briefing.config.SiteConfig;
import org.briefing.content.Outlet;

/** The home pages (stories newest first, paginated) and one page per story. */
final class StoryPages {

    /** Latest report first; stories with no dated report last; ties by id. */
    static final Comparator<Story> LATEST_FIRST = Comparator
            .comparing((Story s) -> s.end().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Story::id);

    private final ArchiveIndex index;
    private final Routes routes;
    private final DateText dates;
    private final Cards cards;
    private final SiteConfig config;
    private final Timelines timelines;
    private final ComparisonPages comparisons;

    /** Facts a story page lists; the rest are in the API. */
    static final int KEY_FACTS = 6;
    /** Actors, and places, a story page lists, most named first; every one is in the API. */
    static final int STORY_ENTITIES = 12;

    /** Quotes a story page lists, those most reports carry first; the rest are on the comparison page. */
    static final int STORY_QUOTES = 6;
    /** Figure groups a story page lists in brief; the comparison page has them all. */
    static final int STORY_CLAIMS = 6;

    StoryPages(ArchiveIndex index, Routes routes, DateText dates, Cards cards, ComparisonPages comparisons, SiteConfig config) {
        this.comparisons = comparisons;
        this.index = index;
        this.routes = routes;
        this.dates = dates;
        this.cards = cards;
        this.config = config;
        this.timelines = new Timelines(dates, routes);
    }

    private StoryView.FactRow factRow(Passage fact) {
        return new StoryView.FactRow(fact.text(), fact.reports().stream().map(cards::reportLink).toList());
    }

    List<Story> latestFirst() {
        return index.latestFirst;
    }

    List<Page> homePages() {
        List<Story> stories = latestFirst();
        int perPage = config.storiesPerPage();
        int total = Pagination.pageCount(stories.size(), perPage);
        List<Page> pages = new ArrayList<>();
        for (int number = 1; number <= total; number++) {
            List<StoryCard> cardsOnPage = Pagination.slice(stories, number, perPage).stream().map(cards::storyCard).toList();
            Pagination pagination = Pagination.of(number, total, n -> routes.url(Routes.homePage(n)));
            pages.add(new Page(Routes.homePage(number), new HomeView(config.title(), config.description(), cardsOnPage,
                    stories.size(), index.articles.size(), pagination)));
        }
        return pages;
    }

    /** Stories per page of {@code stories/}: one line each. */
    static final int INDEX_PAGE_SIZE = 500;

    List<Page> indexPages() {
        List<Story> stories = latestFirst();
        int total = Pagination.pageCount(stories.size(), INDEX_PAGE_SIZE);
        List<Page> pages = new ArrayList<>();
        for (int number = 1; number <= total; number++) {
            Map<String, List<LinkView>> byMonth = new LinkedHashMap<>();
            for (Story story : Pagination.slice(stories, number, INDEX_PAGE_SIZE)) {
                String month = story.end().map(dates::month).orElse(DateText.UNKNOWN);
                byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(cards.storyLine(story));
            }
            List<StoryIndexView.Month> months = new ArrayList<>();
            byMonth.forEach((label, links) -> months.add(new StoryIndexView.Month(label, links)));
            pages.add(new Page(Routes.storyIndex(number), new StoryIndexView(months, stories.size(),
                    Pagination.of(number, total, n -> routes.url(Routes.storyIndex(n))))));
        }
        return pages;
    }

    List<Page> storyPages() {
        return index.stories.stream().map(story -> new Page(Routes.story(story.id()), () -> storyView(story))).toList();
    }

    private StoryView storyView(Story story) {
        List<CleanArticle> reports = index.articlesOf(story);
        Map<EntityId, Integer> counts = index.entityCounts(reports);
        TreeSet<String> outlets = new TreeSet<>();
        reports.forEach(report -> report.source().map(Outlet::name).ifPresent(outlets::add));
        return new StoryView(
                story.title(),
                routes.url(Routes.story(story.id())),
                dates.span(story.start(), story.end()),
                story.start().map(Object::toString).orElse(""),
                story.end().map(Object::toString).orElse(""),
                story.summary(),
                story.facts().stream().limit(KEY_FACTS).map(this::factRow).toList(),
                timelines.of(reports).orElse(null),
                reports.stream().map(cards::reportRow).toList(),
                List.copyOf(outlets),
                cards.entityLinks(counts, EntityType.ACTOR, STORY_ENTITIES, true),
                cards.entityLinks(counts, EntityType.PLACE, STORY_ENTITIES, true),
                index.related.getOrDefault(story.id(), List.of()).stream().map(cards::storyCard).toList(),
                routes.url(Routes.api("stories.json")),
                ComparisonPages.compared(story) ? routes.url(Routes.comparison(story.id())) : "",
                comparisons.quoteRows(story, STORY_QUOTES),
                comparisons.claimBriefs(story, STORY_CLAIMS));
    }
}
