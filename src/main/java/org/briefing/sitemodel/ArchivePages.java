package org.briefing.sitemodel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefing.cleaning.CleanArticle;
import org.briefing.sitemodel.ArchiveMonthView.DayGroup;
import org.briefing.sitemodel.ArchiveView.YearGroup;

/**
 * Every report by date: a front page of months, and a page a month with its reports by day,
 * newest first. A page a month keeps each page a size a browser opens at once however long the
 * archive grows (one page of 100,000 reports was 49 MB); the month pages' views are made while
 * rendering, so the model never holds every report's row at once.
 */
final class ArchivePages {

    private final ArchiveIndex index;
    private final Routes routes;
    private final DateText dates;
    private final Cards cards;

    ArchivePages(ArchiveIndex index, Routes routes, DateText dates, Cards cards) {
        this.index = index;
        this.routes = routes;
        this.dates = dates;
        this.cards = cards;
    }

    List<Page> pages() {
        Map<YearMonth, List<CleanArticle>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        List<CleanArticle> undated = new ArrayList<>();
        for (CleanArticle article : index.articles) {
            article.date().ifPresentOrElse(
                    date -> byMonth.computeIfAbsent(YearMonth.from(date.date()), m -> new ArrayList<>()).add(article),
                    () -> undated.add(article));
        }
        List<YearMonth> months = List.copyOf(byMonth.keySet());
        List<Page> pages = new ArrayList<>();
        Map<Integer, List<LinkView>> byYear = new LinkedHashMap<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            List<CleanArticle> reports = byMonth.get(month);
            LinkView newer = i > 0 ? monthLink(months.get(i - 1)) : null;
            LinkView older = i + 1 < months.size() ? monthLink(months.get(i + 1)) : null;
            pages.add(new Page(Routes.archiveMonth(month), () -> new ArchiveMonthView(dates.month(month.atDay(1)),
                    reports.size(), byDay(reports), newer, older, routes.url(Routes.archive()))));
            byYear.computeIfAbsent(month.getYear(), y -> new ArrayList<>()).add(new LinkView(dates.month(month.atDay(1)),
                    routes.url(Routes.archiveMonth(month)), Integer.toString(reports.size()), month.toString()));
        }
        LinkView undatedLink = null;
        if (!undated.isEmpty()) {
            undatedLink = new LinkView("Date unknown", routes.url(Routes.archiveUndated()), Integer.toString(undated.size()), "");
            pages.add(new Page(Routes.archiveUndated(), () -> new ArchiveMonthView("Date unknown", undated.size(),
                    List.of(new DayGroup("", "", undated.stream().sorted(ArchiveIndex.NEWEST_FIRST).map(cards::reportRow).toList())),
                    null, null, routes.url(Routes.archive()))));
        }
        List<YearGroup> years = byYear.entrySet().stream()
                .map(year -> new YearGroup(Integer.toString(year.getKey()), year.getValue())).toList();
        pages.add(new Page(Routes.archive(), new ArchiveView(index.articles.size(), years, undatedLink)));
        return pages;
    }

    private LinkView monthLink(YearMonth month) {
        return new LinkView(dates.month(month.atDay(1)), routes.url(Routes.archiveMonth(month)), "", month.toString());
    }

    private List<DayGroup> byDay(List<CleanArticle> reports) {
        Map<LocalDate, List<CleanArticle>> days = new TreeMap<>(Comparator.reverseOrder());
        reports.stream().sorted(ArchiveIndex.NEWEST_FIRST)
                .forEach(article -> days.computeIfAbsent(article.date().orElseThrow().date(), d -> new ArrayList<>()).add(article));
        List<DayGroup> groups = new ArrayList<>();
        days.forEach((day, articles) -> groups.add(new DayGroup(dates.day(day), day.toString(),
                articles.stream().map(cards::reportRow).toList())));
        return groups;
    }
}
