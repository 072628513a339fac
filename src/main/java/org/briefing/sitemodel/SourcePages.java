package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityType;
import org.briefing.content.PublicationDate;
import org.briefing.sitemodel.SourcesView.SourceRow;

/** The outlets index and one page per outlet. */
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
            rows.add(new SourceRow(outlet.name(), routes.url(routes.source(outlet)), articles.size(), (int) storyCount,
                    dates.span(first, last)));
            Map<EntityId, Integer> counts = index.entityCounts(articles);
            pages.add(new Page(routes.source(outlet), new SourceView(outlet.name(), articles.size(), (int) storyCount,
                    articles.stream().map(cards::reportRow).toList(),
                    cards.entityLinks(counts, EntityType.ACTOR, TOP_ENTITIES, true),
                    cards.entityLinks(counts, EntityType.PLACE, TOP_ENTITIES, true))));
        });
        int unknown = (int) index.articles.stream().filter(a -> a.source().isEmpty()).count();
        pages.add(new Page(Routes.sources(), new SourcesView(rows, unknown, routes.url(Routes.archive()))));
        return pages;
    }
}
