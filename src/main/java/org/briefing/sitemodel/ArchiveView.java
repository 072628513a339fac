package org.briefing.sitemodel;

import java.util.List;

/** Every report by date: months newest first, then days, then reports; undated reports last. */
public record ArchiveView(List<MonthGroup> months, List<ReportRow> undated, List<LinkView> monthLinks)
        implements PageView {

    public ArchiveView {
        months = List.copyOf(months);
        undated = List.copyOf(undated);
        monthLinks = List.copyOf(monthLinks);
    }

    /** @param anchor the fragment id of the month's heading, e.g. {@code 2024-12} */
    public record MonthGroup(String label, String anchor, List<DayGroup> days) {

        public MonthGroup {
            days = List.copyOf(days);
        }
    }

    public record DayGroup(String label, String iso, List<ReportRow> reports) {

        public DayGroup {
            reports = List.copyOf(reports);
        }
    }

    @Override
    public String template() {
        return "archive.ftlh";
    }

    @Override
    public String modelName() {
        return "archive";
    }
}
