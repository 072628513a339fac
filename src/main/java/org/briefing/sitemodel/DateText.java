package org.briefing.sitemodel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.briefing.content.PublicationDate;

/** Dates as pages print them, in the site's language: "2 December 2024", "2–4 December 2024". */
final class DateText {

    static final String UNKNOWN = "Date unknown";

    private final DateTimeFormatter day;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter dayOnly;
    private final DateTimeFormatter month;
    private final DateTimeFormatter time;
    private final ZoneId zone;

    DateText(Locale locale, ZoneId zone) {
        this.zone = zone;
        this.day = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
        this.dayMonth = DateTimeFormatter.ofPattern("d MMMM", locale);
        this.dayOnly = DateTimeFormatter.ofPattern("d", locale);
        this.month = DateTimeFormatter.ofPattern("MMMM uuuu", locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    String day(LocalDate date) {
        return day.format(date);
    }

    String month(LocalDate date) {
        return month.format(date);
    }

    /** "2 December 2024", or "2 December 2024, 14:05" when the time is known. */
    String published(Optional<PublicationDate> date) {
        if (date.isEmpty()) {
            return UNKNOWN;
        }
        PublicationDate value = date.get();
        return value.timeKnown() ? day.format(value.date()) + ", " + time.format(value.time()) : day.format(value.date());
    }

    /**
     * The machine-readable form, for {@code <time datetime>} and the API: a date, or a date-time
     * with the site zone's offset ({@code 2024-12-02T14:05Z}); empty when unknown.
     */
    String iso(Optional<PublicationDate> date) {
        return date.map(d -> d.timeKnown() ? d.dateTime().atZone(zone).toOffsetDateTime().toString() : d.date().toString())
                .orElse("");
    }

    /** "2 December 2024", "2–4 December 2024", "30 November – 2 December 2024". */
    String span(Optional<LocalDate> start, Optional<LocalDate> end) {
        if (start.isEmpty() || end.isEmpty()) {
            return UNKNOWN;
        }
        LocalDate from = start.get();
        LocalDate to = end.get();
        if (from.equals(to)) {
            return day.format(from);
        }
        if (from.getYear() != to.getYear()) {
            return day.format(from) + " – " + day.format(to);
        }
        if (from.getMonth() != to.getMonth()) {
            return dayMonth.format(from) + " – " + day.format(to);
        }
        return dayOnly.format(from) + "–" + day.format(to);
    }
}
