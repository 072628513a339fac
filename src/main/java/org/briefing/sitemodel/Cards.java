package org.briefing.sitemodel;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryId;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.briefing.content.Outlet;

/**
 * Makes the small views many pages share (story cards, report rows, entity links) the same way
 * everywhere.
 */
final class Cards {

    private static final int CARD_ACTORS = 4;
    private static final int CARD_PLACES = 3;
    private static final int SUMMARY_CHARACTERS = 260;

    private final ArchiveIndex index;
    private final Routes routes;
    private final DateText dates;
    private final Map<StoryId, StoryCard> storyCards = new ConcurrentHashMap<>();

    Cards(ArchiveIndex index, Routes routes, DateText dates) {
        this.index = index;
        this.routes = routes;
        this.dates = dates;
    }

    /**
     * A report named by its outlet ("report 3" when unknown, by its place in the story), linking to
     * its article page, with its headline as the detail.
     */
    LinkView reportLink(ArticleId id) {
        CleanArticle report = index.articleById.get(id);
        Story story = index.storyOf.get(id);
        String label = report.source().map(Outlet::name).orElse("report " + (story.articles().indexOf(id) + 1));
        return new LinkView(label, routes.url(routes.article(id)), report.headline(), "");
    }

    /**
     * A story's card, made once: home pages, entity pages, related stories and feeds all show the
     * same card, and making it ranks every report's entities.
     */
    StoryCard storyCard(Story story) {
        return storyCards.computeIfAbsent(story.id(), id -> newStoryCard(story));
    }

    private StoryCard newStoryCard(Story story) {
        List<CleanArticle> reports = index.articlesOf(story);
        Map<EntityId, Integer> counts = index.entityCounts(reports);
        TreeSet<String> outlets = new TreeSet<>();
        reports.forEach(report -> report.source().map(Outlet::name).ifPresent(outlets::add));
        String summary = story.summary().isEmpty() ? reports.get(0).lead() : String.join(" ", story.summary());
        return new StoryCard(story.title(), routes.url(Routes.story(story.id())), dates.span(story.start(), story.end()),
                story.start().map(Object::toString).orElse(""), shorten(summary), outlets.size(), reports.size(),
                List.copyOf(outlets), entityLinks(counts, EntityType.ACTOR, CARD_ACTORS, false),
                entityLinks(counts, EntityType.PLACE, CARD_PLACES, false));
    }

    /** A story in one line: its headline linking to it, with its dates and number of reports as the detail. */
    LinkView storyLine(Story story) {
        int reports = story.articles().size();
        return new LinkView(story.title(), routes.url(Routes.story(story.id())),
                dates.span(story.start(), story.end()) + " · " + reports + (reports == 1 ? " report" : " reports"), "");
    }

    ReportRow reportRow(CleanArticle article) {
        return new ReportRow(article.headline(), routes.url(routes.article(article.id())),
                article.source().map(Outlet::name).orElse(""),
                article.source().map(outlet -> routes.url(routes.source(outlet))).orElse(""),
                dates.published(article.date()), dates.iso(article.date()), article.url().orElse(""));
    }

    /**
     * Links to the entities of one type among {@code counts}, in the map's order.
     *
     * @param withCounts whether each link's detail gives its count
     */
    List<LinkView> entityLinks(Map<EntityId, Integer> counts, EntityType type, int limit, boolean withCounts) {
        return counts.entrySet().stream()
                .filter(entry -> index.entityById.get(entry.getKey()).type() == type)
                .limit(limit)
                .map(entry -> entityLink(index.entityById.get(entry.getKey()), withCounts ? entry.getValue() : 0))
                .toList();
    }

    LinkView entityLink(Entity entity, int count) {
        return new LinkView(entity.name(), routes.url(routes.entity(entity.id(), 1)),
                count > 0 ? Integer.toString(count) : "", entity.kind().key());
    }

    /** Cuts a summary at a word boundary so a card shows about two lines. */
    static String shorten(String text) {
        if (text.length() <= SUMMARY_CHARACTERS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_CHARACTERS);
        return text.substring(0, cut > 0 ? cut : SUMMARY_CHARACTERS).replaceAll("[,;:]$", "") + "…";
    }
}
