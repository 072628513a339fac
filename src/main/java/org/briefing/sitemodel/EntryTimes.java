package org.briefing.sitemodel;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import org.briefing.analysis.stories.Story;
import org.briefing.content.PublicationDate;
import org.briefing.published.PublishedSite;
import org.briefing.published.PublishedSite.PublishedStory;

/**
 * When each story's feed entry was last updated, as Atom's {@code updated} wants it: a time that
 * moves only when the entry does. An entry the previous site published unchanged (same headline,
 * reports and summary) keeps the time it had; a new or changed entry takes its newest report's
 * time, or, when that is no later than the time it had (an older report joined, the summary
 * changed), the time of this build. Without a previous site every time comes from the content, so
 * an unchanged archive gives an unchanged feed. Undated stories have no time and no entry.
 */
final class EntryTimes {

    private final ArchiveIndex index;
    private final ZoneId zone;
    private final Clock clock;
    private final Map<String, PublishedStory> published = new HashMap<>();

    EntryTimes(ArchiveIndex index, PublishedSite site, ZoneId zone, Clock clock) {
        this.index = index;
        this.zone = zone;
        this.clock = clock;
        site.stories().forEach(story -> published.putIfAbsent(story.id(), story));
    }

    /** RFC 3339 in UTC, or empty for a story with no dated report. */
    Optional<String> updated(Story story) {
        Optional<Instant> newest = index.articlesOf(story).stream().flatMap(report -> report.date().stream())
                .max(PublicationDate::compareTo).map(this::instant);
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        PublishedStory before = published.get(story.id().value());
        Optional<Instant> had = Optional.ofNullable(before).map(PublishedStory::updated).flatMap(EntryTimes::parse);
        if (had.isEmpty()) {
            return newest.map(EntryTimes::format);
        }
        if (sameEntry(before, story)) {
            return had.map(EntryTimes::format);
        }
        return Optional.of(format(newest.get().isAfter(had.get()) ? newest.get() : clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    }

    private static boolean sameEntry(PublishedStory before, Story story) {
        return before.title().equals(story.title()) && before.summary().equals(story.summary())
                && new HashSet<>(before.articles()).equals(new HashSet<>(story.articles().stream().map(id -> id.value()).toList()));
    }

    /** A date-only report counts from midnight in the site's zone. */
    Instant instant(PublicationDate date) {
        return date.dateTime().atZone(zone).toInstant();
    }

    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static Optional<Instant> parse(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
