package org.briefing.sitemodel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefing.cleaning.CleanArticle;
import org.briefing.sitemodel.ArchiveView.DayGroup;
import org.briefing.sitemodel.ArchiveView.MonthGroup;

/** Every report by month and day, newest first. */
final class ArchivePage {

    private final ArchiveIndex index;
    private final Routes routes;
    private final DateText dates;
    private final Cards cards;

    ArchivePage(ArchiveIndex index, Routes routes, DateText dates, Cards cards) {
        this.index = index;
        this.routes = routes;
        this.dates = dates;
        this.cards = cards;
    }

    Page page() {
        Map<YearMonth, Map<LocalDate, List<CleanArticle>>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        List<CleanArticle> undated = new ArrayList<>();
        for (CleanArticle article : index.articles.stream().sorted(ArchiveIndex.NEWEST_FIRST).toList()) {
            if (article.date().isEmpty()) {
                undated.add(article);
                continue;
            }
            LocalDate day = article.date().get().date();
            byMonth.computeIfAbsent(YearMonth.from(day), m -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(day, d -> new ArrayList<>()).add(article);
        }
        List<MonthGroup> months = new ArrayList<>();
        List<LinkView> monthLinks = new ArrayList<>();
        String pageUrl = routes.url(Routes.archive());
        byMonth.forEach((month, days) -> {
            List<DayGroup> dayGroups = new ArrayList<>();
            days.forEach((day, articles) -> dayGroups.add(new DayGroup(dates.day(day), day.toString(),
                    articles.stream().map(cards::reportRow).toList())));
            String label = dates.month(month.atDay(1));
            String anchor = "m" + month;
            months.add(new MonthGroup(label, anchor, dayGroups));
            monthLinks.add(new LinkView(label, pageUrl + "#" + anchor,
                    Integer.toString(days.values().stream().mapToInt(List::size).sum()), ""));
        });
        return new Page(Routes.archive(), new ArchiveView(months, undated.stream().map(cards::reportRow).toList(), monthLinks));
    }
}
