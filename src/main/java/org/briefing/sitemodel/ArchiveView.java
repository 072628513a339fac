package org.briefing.sitemodel;

import java.util.List;

/**
 * The archive's front page: every month that has reports, newest first, grouped by year, each a
 * link to its own page ({@link ArchiveMonthView}) with the number of reports.
 *
 * @param undated the link to the page of undated reports, or {@code null} when every report is dated
 */
public record ArchiveView(int reports, List<YearGroup> years, LinkView undated) implements PageView {

    public ArchiveView {
        years = List.copyOf(years);
    }

    /** @param months links to the year's month pages, newest first; {@code detail} is the count */
    public record YearGroup(String label, List<LinkView> months) {

        public YearGroup {
            months = List.copyOf(months);
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
