package org.briefing.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When an article was published, on the site's clock: a day, and the time of day when the source
 * gave one. Ordered by day, then time; a date without a time sorts as the start of its day.
 */
public record PublicationDate(LocalDate date, LocalTime time, boolean timeKnown) implements Comparable<PublicationDate> {

    public PublicationDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        if (!timeKnown && !time.equals(LocalTime.MIDNIGHT)) {
            throw new IllegalArgumentException("a date without a known time has midnight as its time");
        }
    }

    public static PublicationDate ofDay(LocalDate date) {
        return new PublicationDate(date, LocalTime.MIDNIGHT, false);
    }

    public static PublicationDate ofDateTime(LocalDateTime dateTime) {
        return new PublicationDate(dateTime.toLocalDate(), dateTime.toLocalTime().withNano(0), true);
    }

    public LocalDateTime dateTime() {
        return date.atTime(time);
    }

    @Override
    public int compareTo(PublicationDate other) {
        return dateTime().compareTo(other.dateTime());
    }
}
