package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.comparison.OutletProfile;
import org.briefing.analysis.stories.Story;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.Outlet;
import org.briefing.content.PublicationDate;
import org.briefing.sitemodel.SourcesView.SourceRow;

/** The outlets index and one page per outlet, with what the registry says of it and its profile. */
final class SourcePages {

    private static final int TOP_ENTITIES = 10;

    private final ArchiveIndex index;
    private final Routes routes;
    private final DateText dates;
    private final Cards cards;

    SourcePages(ArchiveIndex index, Routes routes, DateText dates, Cards cards) {
        this.index = index;
        this.routes = routes;
        this.dates = dates;
        this.cards = cards;
    }

    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        List<SourceRow> rows = new ArrayList<>();
        index.articlesBySource.forEach((outlet, articles) -> {
            long storyCount = articles.stream().map(a -> index.storyOf.get(a.id())).distinct().count();
            Optional<java.time.LocalDate> first = articles.stream().flatMap(a -> a.date().stream())
                    .map(PublicationDate::date).min(Comparator.naturalOrder());
            Optional<java.time.LocalDate> last = articles.stream().flatMap(a -> a.date().stream())
                    .map(PublicationDate::date).max(Comparator.naturalOrder());
            rows.add(new SourceRow(outlet.name(), routes.url(routes.source(outlet)), outlet.country().orElse(""), articles.size(), (int) storyCount,
                    dates.span(first, last)));
            Map<EntityId, Integer> counts = index.entityCounts(articles);
            pages.add(new Page(routes.source(outlet), sourceView(outlet, articles, (int) storyCount, counts)));
        });
        int unknown = (int) index.articles.stream().filter(a -> a.source().isEmpty()).count();
        pages.add(new Page(Routes.sources(), new SourcesView(rows, rows.stream().anyMatch(row -> !row.country().isEmpty()), unknown, routes.url(Routes.archive()))));
        return pages;
    }

    private SourceView sourceView(Outlet outlet, List<CleanArticle> articles, int storyCount, Map<EntityId, Integer> counts) {
        OutletProfile profile = index.profiles.getOrDefault(outlet,
                new OutletProfile(outlet, 0, 0, 0, List.of(), List.of(), List.of(), List.of()));
        List<SourceView.WordingRow> wording = profile.wording().stream()
                .map(w -> new SourceView.WordingRow(w.term(), w.othersSay(), w.stories())).toList();
        List<LinkView> first = profile.coveredFirst().stream().map(id -> cards.storyLine(index.storyById.get(id))).toList();
        List<LinkView> leftOutNames = profile.leftOutNames().stream()
                .filter(name -> index.entityById.containsKey(name.entity()))
                .map(name -> omittedLink(index.entityById.get(name.entity()), name.stories()))
                .toList();
        List<SourceView.OmittedRow> leftOut = profile.leftOut().stream()
                .map(p -> new SourceView.OmittedRow(p.text(), storyLink(index.storyById.get(p.story())), p.outlets()))
                .toList();
        int percent = profile.corePassages() == 0 ? 0 : (int) Math.round(100.0 * profile.coreCarried() / profile.corePassages());
        return new SourceView(outlet.name(), outlet.homePage().orElse(""), outlet.country().orElse(""),
                outlet.owner().orElse(""), outlet.notes().orElse(""), articles.size(), storyCount,
                profile.sharedStories(), profile.corePassages(), profile.coreCarried(), percent, wording, first,
                leftOutNames, leftOut, articles.stream().map(cards::reportRow).toList(),
                cards.entityLinks(counts, EntityType.ACTOR, TOP_ENTITIES, true),
                cards.entityLinks(counts, EntityType.PLACE, TOP_ENTITIES, true));
    }

    /** An actor or place it leaves out: its key is its type, for the tag's colour; its detail the stories. */
    private LinkView omittedLink(Entity entity, int stories) {
        return new LinkView(entity.name(), routes.url(routes.entity(entity.id(), 1)), Integer.toString(stories),
                entity.type().name().toLowerCase(Locale.ROOT));
    }

    private LinkView storyLink(Story story) {
        return LinkView.of(story.title(), routes.url(Routes.story(story.id())));
    }
}
