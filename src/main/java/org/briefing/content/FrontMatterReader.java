package org.briefing.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefing.config.YamlDocument;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.briefing.problems.Spelling;

/**
 * Turns front matter (or a sidecar file) into {@link FrontMatter}. A date that does not parse or
 * an address that is not http(s) is an error naming its line; an unknown key is a warning with a
 * did-you-mean, so a typo such as {@code dat:} does not pass unseen.
 */
final class FrontMatterReader {

    static final Set<String> KEYS = Set.of("title", "source", "url", "date", "updated", "author", "section", "language", "story",
            "story_title", "tags", "draft");

    private final ZoneId zone;

    FrontMatterReader(ZoneId zone) {
        this.zone = zone;
    }

    /** The fields, plus warnings; errors are thrown together as one {@link ProblemsFound}. */
    Result read(YamlDocument yaml) {
        List<Problem> problems = new ArrayList<>();
        for (YamlDocument.Field field : yaml.unknownFields(KEYS)) {
            String hint = Spelling.didYouMean(field.key(), KEYS);
            problems.add(Problem.warning(yaml.file(), field.line(), "has an unknown field `" + field.key() + "`; it is ignored.",
                    hint.isEmpty() ? "Known fields: author, date, draft, language, section, source, story, story_title, tags, title, updated, url." : hint));
        }
        // Each field is read on its own, so one bad field does not hide the others' problems.
        FrontMatter frontMatter = new FrontMatter(
                ProblemsFound.collect(() -> yaml.text("title").map(TextShape::collapseWhitespace), Optional.empty(), problems),
                ProblemsFound.collect(() -> yaml.text("source").map(TextShape::collapseWhitespace), Optional.empty(), problems),
                ProblemsFound.collect(() -> yaml.text("url").map(text -> checkUrl(text, yaml)), Optional.empty(), problems),
                ProblemsFound.collect(() -> yaml.text("date").map(text -> parseDate("date", text, yaml)), Optional.empty(), problems),
                ProblemsFound.collect(() -> yaml.text("updated").map(text -> parseDate("updated", text, yaml)), Optional.empty(), problems),
                ProblemsFound.collect(() -> yaml.text("author").map(TextShape::collapseWhitespace), Optional.empty(), problems),
                ProblemsFound.collect(() -> yaml.text("section").map(TextShape::collapseWhitespace), Optional.empty(), problems),
                ProblemsFound.collect(() -> yaml.text("language").map(text -> checkLanguage(text, yaml)), Optional.empty(), problems),
                ProblemsFound.collect(() -> yaml.text("story"), Optional.empty(), problems),
                ProblemsFound.collect(() -> yaml.text("story_title").map(TextShape::collapseWhitespace), Optional.empty(), problems),
                ProblemsFound.collect(() -> wordTags(yaml, problems), List.of(), problems),
                ProblemsFound.collect(() -> yaml.flag("draft", false), false, problems));
        ProblemsFound.throwIfErrors(problems);
        return new Result(frontMatter, problems);
    }

    record Result(FrontMatter frontMatter, List<Problem> warnings) {
    }

    /** The tags; one with no letter or digit (`.`, `..`, `-`) names nothing and is dropped, with a warning. */
    private static List<String> wordTags(YamlDocument yaml, List<Problem> problems) {
        List<String> tags = new ArrayList<>();
        for (String tag : yaml.texts("tags", true)) {
            if (tag.codePoints().anyMatch(Character::isLetterOrDigit)) {
                tags.add(TextShape.collapseWhitespace(tag));
            } else {
                problems.add(Problem.warning(yaml.file(), yaml.lineOf("tags"), "has the tag `" + tag
                        + "`, which has no letters or digits; it is ignored.", "Name an actor or place, e.g. `tags: [Aleppo]`."));
            }
        }
        return tags;
    }

    /** A date field: {@code date} (published) or {@code updated}, named in its messages. */
    private PublicationDate parseDate(String key, String text, YamlDocument yaml) {
        PublicationDate date = parseAnyYear(key, text, yaml);
        // `9999-12-31T23:30:00-14:00` is in the year 10000 here, and ids and pages hold four-digit years
        if (date.date().getYear() < 1 || date.date().getYear() > 9999) {
            throw ProblemsFound.of(Problem.error(yaml.file(), yaml.lineOf(key),
                    "`" + key + ": " + text + "` falls outside the years 0001 to 9999 in the site's time zone.",
                    "Give the article's real " + (key.equals("date") ? "publication" : "update") + " date, e.g. `" + key + ": 2024-12-02`."));
        }
        return date;
    }

    private PublicationDate parseAnyYear(String key, String text, YamlDocument yaml) {
        String value = text.strip();
        try {
            if (value.length() == 10) {
                return PublicationDate.ofDay(LocalDate.parse(value));
            }
            String iso = value.replace(' ', 'T');
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return PublicationDate.ofDateTime(OffsetDateTime.parse(iso.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2"))
                        .atZoneSameInstant(zone).toLocalDateTime());
            }
            return PublicationDate.ofDateTime(LocalDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            throw ProblemsFound.of(Problem.error(yaml.file(), yaml.lineOf(key),
                    "`" + key + ": " + text + "` is not a date I can read.",
                    "Write it as `" + key + ": 2024-12-02`, or with a time as `" + key + ": 2024-12-02T14:30:00Z`."));
        }
    }

    private static LanguageTag checkLanguage(String text, YamlDocument yaml) {
        return LanguageTag.parse(text).orElseThrow(() -> ProblemsFound.of(Problem.error(yaml.file(), yaml.lineOf("language"),
                "`language: " + text + "` is not a language tag.",
                "Give the language's code, e.g. `language: fr`, or with a region `language: pt-BR`.")));
    }

    private static String checkUrl(String text, YamlDocument yaml) {
        return WebAddress.parse(text).orElseThrow(() -> ProblemsFound.of(Problem.error(yaml.file(), yaml.lineOf("url"),
                "`url: " + text + "` is not a web address.",
                "Give the original's full address, starting with https:// or http://.")));
    }
}
