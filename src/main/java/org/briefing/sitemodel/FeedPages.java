package org.briefing.sitemodel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.stories.Story;
import org.briefing.cleaning.CleanArticle;
import org.briefing.config.SiteConfig;
import org.briefing.content.PublicationDate;
import org.briefing.sitemodel.FeedView.FeedEntry;
import org.briefing.content.Outlet;

/**
 * Atom feeds: the site's (its stories, latest first) and one per actor or place (the reports that
 * name it). Times come from the content, never the clock, so an unchanged archive gives an
 * unchanged feed. Undated items cannot be placed in time and are left out of feeds.
 */
final class FeedPages {

    static final int MAX_ENTRIES = 50;
    /** An actor's or place's feed is for following it, not for reading its history: its latest reports. */
    static final int MAX_ENTITY_ENTRIES = 20;
    /** Atom needs an "updated" time even for a feed with no dated entry: the archive's newest date. */
    private final String archiveUpdated;

    private final ArchiveIndex index;
    private final Routes routes;
    private final Cards cards;
    private final SiteConfig config;
    private final EntryTimes times;

    FeedPages(ArchiveIndex index, Routes routes, Cards cards, SiteConfig config, EntryTimes times) {
        this.index = index;
        this.routes = routes;
        this.cards = cards;
        this.config = config;
        this.times = times;
        this.archiveUpdated = index.articles.stream().flatMap(a -> a.date().stream()).max(PublicationDate::compareTo)
                .map(this::time).orElse("1970-01-01T00:00:00Z");
    }

    Page siteFeed(List<Story> latestFirst) {
        List<FeedEntry> entries = new ArrayList<>();
        for (Story story : latestFirst) {
            Optional<String> updated = times.updated(story);
            if (updated.isEmpty()) {
                continue;
            }
            TreeSet<String> outlets = new TreeSet<>();
            index.articlesOf(story).forEach(r -> r.source().map(Outlet::name).ifPresent(outlets::add));
            SitePath path = Routes.story(story.id());
            entries.add(new FeedEntry(story.title(), idOf(path), linkOf(path), updated.get(),
                    cards.storyCard(story).summary(), List.copyOf(outlets)));
            if (entries.size() == MAX_ENTRIES) {
                break;
            }
        }
        return feed(config.title(), Routes.feed(), SitePath.ROOT, entries);
    }

    Page entityFeed(Entity entity) {
        List<FeedEntry> entries = new ArrayList<>();
        for (CleanArticle article : index.articlesNaming.getOrDefault(entity.id(), List.of())) {
            if (article.date().isEmpty()) {
                continue;
            }
            SitePath path = routes.article(article.id());
            entries.add(new FeedEntry(article.headline(), idOf(path), linkOf(path), time(article.date().get()),
                    Cards.shorten(article.lead()), article.source().map(Outlet::name).stream().toList()));
            if (entries.size() == MAX_ENTITY_ENTRIES) {
                break;
            }
        }
        return feed(entity.name() + " – " + config.title(), routes.entityFeed(entity.id()), routes.entity(entity.id(), 1), entries);
    }

    private Page feed(String title, SitePath self, SitePath page, List<FeedEntry> entries) {
        String updated = entries.stream().map(FeedEntry::updated).max(String::compareTo).orElse(archiveUpdated);
        return new Page(self, new FeedView(title, idOf(self), linkOf(self), linkOf(page), updated, entries));
    }

    /**
     * A feed's or entry's permanent id: the full URL of its page when the base URL has a host (a
     * story's address never changes, see StoryIds). A site known only by its path gets a
     * name-based UUID of its title, base path and the page's path, so two sites share ids only
     * if they share all three (issue 13: every site's ids were {@code urn:briefing:feed.xml}).
     */
    private String idOf(SitePath path) {
        if (routes.base().isAbsoluteUrl()) {
            return routes.absoluteUrl(path);
        }
        String name = config.title() + "\n" + routes.base().path() + "\n" + path.value();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private String linkOf(SitePath path) {
        return routes.absoluteUrl(path);
    }

    /** RFC 3339 in UTC: a date-only report counts from midnight in the site's zone. */
    private String time(PublicationDate date) {
        return EntryTimes.format(times.instant(date));
    }
}
