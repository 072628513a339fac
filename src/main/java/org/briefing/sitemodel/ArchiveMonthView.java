package org.briefing.sitemodel;

import java.util.List;

/**
 * One page of the archive: a month's reports by day, newest first (or the undated reports, in
 * one group with an empty label).
 *
 * @param newer the next month that has reports, or {@code null}
 * @param older the previous month that has reports, or {@code null}
 */
public record ArchiveMonthView(String label, int reports, List<DayGroup> days, LinkView newer, LinkView older,
                               String archiveUrl) implements PageView {

    public ArchiveMonthView {
        days = List.copyOf(days);
    }

    /** @param iso the day as {@code 2024-12-03}, or empty for the undated group */
    public record DayGroup(String label, String iso, List<ReportRow> reports) {

        public DayGroup {
            reports = List.copyOf(reports);
        }
    }

    @Override
    public String template() {
        return "archive-month.ftlh";
    }

    @Override
    public String modelName() {
        return "archive";
    }
}
