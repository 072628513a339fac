package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefing.analysis.comparison.Fidelity;
import org.briefing.analysis.comparison.FigureClaim;
import org.briefing.analysis.comparison.SourceComparison;
import org.briefing.analysis.comparison.SharedQuote;
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

    /** Actors, and places, a story page lists, most named first; every one is in the API. */
    static final int STORY_ENTITIES = 12;

    /** Quotes a story page lists, those most reports carry first; the rest are on the comparison page. */
    static final int STORY_QUOTES = 6;
    /** Figure groups a story page lists in brief; the comparison page has them all. */
    static final int STORY_CLAIMS = 6;
    /** Altered quotes, parties worded differently, and passages all carry, that a story page shows. */
    static final int STORY_ALTERED = 3;
    static final int STORY_WORDING = 5;
    static final int SHARED_SHOWN = 3;

    StoryPages(ArchiveIndex index, Routes routes, DateText dates, Cards cards, SiteConfig config) {
        this.index = index;
        this.routes = routes;
        this.dates = dates;
        this.cards = cards;
        this.config = config;
        this.timelines = new Timelines(dates, routes);
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
        SourceComparison comparison = index.comparisons.get(story.id());
        Set<String> shown = Set.copyOf(story.summary());
        boolean compared = ComparisonPages.compared(story);
        List<ComparisonView.WordingRow> wording = compared ? new WordingRows(cards).of(comparison) : List.of();
        return new StoryView(
                story.title(),
                routes.url(Routes.story(story.id())),
                dates.span(story.start(), story.end()),
                story.start().map(Object::toString).orElse(""),
                story.end().map(Object::toString).orElse(""),
                story.summary(),
                CoverageRows.sharedByAll(story.articles(), story.passages(), shown, SHARED_SHOWN),
                (int) story.passages().stream().filter(p -> compared && p.sentences().size() == reports.size()).count(),
                story.articles().stream().map(cards::reportLink).toList(),
                compared ? CoverageRows.of(story.articles(), story.passages(), shown) : List.of(),
                timelines.of(reports).orElse(null),
                reports.stream().map(cards::reportRow).toList(),
                List.copyOf(outlets),
                // how many reports name each says something only when there are several
                cards.entityLinks(counts, EntityType.ACTOR, STORY_ENTITIES, reports.size() > 1),
                cards.entityLinks(counts, EntityType.PLACE, STORY_ENTITIES, reports.size() > 1),
                index.related.getOrDefault(story.id(), List.of()).stream().map(cards::storyCard).toList(),
                routes.url(Routes.api("stories.json")),
                compared ? routes.url(Routes.comparison(story.id())) : "",
                quoteRows(story),
                comparison.quotes().stream().filter(q -> q.carriers().stream().anyMatch(c -> c.fidelity() == Fidelity.ALTERED))
                        .limit(STORY_ALTERED).map(cards::quoteRow).toList(),
                comparison.claims().stream().filter(FigureClaim::matters).limit(STORY_CLAIMS).map(cards::claimBrief).toList(),
                wording.stream().filter(ComparisonView.WordingRow::differs).limit(STORY_WORDING).toList(),
                compared ? wordingNote(wording) : "",
                compared ? cards.rewriteStatements(comparison) : List.of());
    }

    /** What the wording table leaves unsaid: which parties the reports word alike, or that none is worded. */
    static String wordingNote(List<ComparisonView.WordingRow> rows) {
        List<String> alike = rows.stream().filter(row -> !row.differs()).map(row -> row.party().label()).toList();
        if (rows.isEmpty()) {
            return "No two reports use a descriptor Briefing knows (such as “rebels”, “the regime”, “the senator”) for the same party.";
        }
        if (alike.isEmpty()) {
            return "";
        }
        return "The reports word " + String.join(", ", alike.subList(0, Math.min(6, alike.size())))
                + (alike.size() > 6 ? " and " + (alike.size() - 6) + " more" : "") + " alike.";
    }

    /** A story's quotes with a named speaker, those most reports carry first. */
    private List<ComparisonView.QuoteRow> quoteRows(Story story) {
        return index.comparisons.get(story.id()).quotes().stream()
                .filter(q -> q.speaker().isPresent() || q.speakerName().isPresent())
                .sorted(Comparator.comparingInt((SharedQuote q) -> -q.carriers().size()))
                .limit(STORY_QUOTES)
                .map(cards::quoteRow)
                .toList();
    }
}
