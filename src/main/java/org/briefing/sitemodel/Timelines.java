package org.briefing.sitemodel;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.PublicationDate;
import org.briefing.content.Outlet;

/**
 * Lays out a story's coverage timeline: outlets as rows in the order they first reported, reports
 * as dots placed by publication time (a report with a date but no time sits at noon), dates of
 * the first and last report on the axis. Pure arithmetic; the template draws it.
 */
final class Timelines {

    static final int WIDTH = 640;
    static final int TRACK_START = 170;
    static final int TRACK_END = 620;
    static final int ROW_HEIGHT = 28;
    static final int TOP = 10;
    static final int AXIS = 30;
    private static final String UNKNOWN_OUTLET = "Unknown outlet";

    private final DateText dates;
    private final Routes routes;

    Timelines(DateText dates, Routes routes) {
        this.dates = dates;
        this.routes = routes;
    }

    /** Empty when no report of the story is dated. */
    Optional<TimelineView> of(List<CleanArticle> reports) {
        List<CleanArticle> dated = reports.stream().filter(r -> r.date().isPresent())
                .sorted(java.util.Comparator.comparing((CleanArticle r) -> r.date().get()).thenComparing(CleanArticle::id))
                .toList();
        if (reports.size() < 2 || dated.isEmpty()) {
            // a story of one report: its one dot tells no more than the date beside the headline
            return Optional.empty();
        }
        LocalDateTime first = placed(dated.get(0).date().get());
        LocalDateTime last = placed(dated.get(dated.size() - 1).date().get());
        long span = Math.max(1, ChronoUnit.MINUTES.between(first, last));
        Map<String, List<TimelineView.Dot>> rows = new LinkedHashMap<>();
        for (CleanArticle report : dated) {
            long offset = ChronoUnit.MINUTES.between(first, placed(report.date().get()));
            int x = first.equals(last) ? (TRACK_START + TRACK_END) / 2
                    : (int) Math.round(TRACK_START + (double) offset / span * (TRACK_END - TRACK_START));
            String label = report.headline() + " (" + dates.published(report.date()) + ")";
            rows.computeIfAbsent(report.source().map(Outlet::name).orElse(UNKNOWN_OUTLET), o -> new ArrayList<>())
                    .add(new TimelineView.Dot(x, label, routes.url(routes.article(report.id()))));
        }
        List<TimelineView.Row> rowViews = new ArrayList<>();
        rows.forEach((outlet, dots) -> rowViews.add(new TimelineView.Row(outlet, TOP + rowViews.size() * ROW_HEIGHT + ROW_HEIGHT / 2, dots)));
        int height = TOP + rowViews.size() * ROW_HEIGHT + AXIS;
        List<TimelineView.Tick> ticks = new ArrayList<>();
        ticks.add(new TimelineView.Tick(TRACK_START, dates.published(dated.get(0).date()), "start"));
        if (!first.equals(last)) {
            ticks.add(new TimelineView.Tick(TRACK_END, dates.published(dated.get(dated.size() - 1).date()), "end"));
        }
        String description = dated.size() + (dated.size() == 1 ? " report" : " reports") + " from " + rowViews.size()
                + (rowViews.size() == 1 ? " outlet" : " outlets") + ", " + dates.span(Optional.of(first.toLocalDate()),
                Optional.of(last.toLocalDate())) + ".";
        return Optional.of(new TimelineView(WIDTH, height, TRACK_START, TRACK_END, description, rowViews, ticks,
                reports.size() - dated.size()));
    }

    private static LocalDateTime placed(PublicationDate date) {
        return date.timeKnown() ? date.dateTime() : date.date().atTime(12, 0);
    }
}
