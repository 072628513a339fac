package org.briefing.sitemodel;

import java.util.List;

/**
 * A story's coverage timeline, laid out for an inline SVG: one row per outlet, one dot per report
 * at its publication time. All positions are in the SVG's own units ({@link #width} by
 * {@link #height}).
 *
 * @param description a sentence saying what the picture shows, for screen readers
 * @param undated     reports left out because their date is unknown
 */
public record TimelineView(int width, int height, int trackStart, int trackEnd, String description,
                           List<Row> rows, List<Tick> ticks, int undated) {

    public TimelineView {
        rows = List.copyOf(rows);
        ticks = List.copyOf(ticks);
    }

    /** An outlet's row. */
    public record Row(String outlet, int y, List<Dot> dots) {

        public Row {
            dots = List.copyOf(dots);
        }
    }

    /** A report: where it sits, and its headline and date for the dot's tooltip. */
    public record Dot(int x, String label, String url) {
    }

    /** A date on the axis. */
    public record Tick(int x, String label, String anchor) {
    }
}
