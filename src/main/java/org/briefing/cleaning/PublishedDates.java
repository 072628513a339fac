package org.briefing.cleaning;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.content.TextShape;

/**
 * Reads a line that states when an article was published ("December 02, 2024", "Updated: 2 Dec
 * 2024 10:37 GMT", "2024-12-02"). Only a line that is mostly a date counts: a sentence that
 * mentions a date ("since 2011", "on December 2") is never read as the article's date.
 */
final class PublishedDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}(?:[:.]\\d{2}){1,2}(?:\\s*[ap]\\.?m\\b\\.?)?|\\b\\d{1,2}\\s*[ap]\\.?m\\b\\.?");

    /** Words a date line may carry besides the date: labels, weekdays, a time and its zone. */
    private static final int MAX_OTHER_WORDS = 6;

    private PublishedDates() {
    }

    static Optional<LocalDate> parse(String line) {
        if (TextShape.wordCount(line) > 14) {
            return Optional.empty();
        }
        for (Pattern pattern : new Pattern[] {MONTH_FIRST, DAY_FIRST, ISO}) {
            Matcher matcher = pattern.matcher(line);
            if (!matcher.find()) {
                continue;
            }
            // A time ("10:37 a.m.") belongs on a date line; left in, its digits and letters would
            // count as three of the few other words allowed.
            String rest = TIME.matcher(line.substring(0, matcher.start()) + " " + line.substring(matcher.end())).replaceAll(" ");
            if (TextShape.wordCount(rest) > MAX_OTHER_WORDS || !looksLikeDateLabel(rest)) {
                return Optional.empty();
            }
            try {
                return Optional.of(toDate(pattern, matcher));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** What may stand around the date: "Published", "Updated", weekdays, times, zones. */
    private static boolean looksLikeDateLabel(String rest) {
        String key = TextShape.comparisonKey(rest);
        for (String word : key.split(" ")) {
            if (word.isEmpty() || word.matches("\\d{1,2}|\\d{4}|am|pm|a|p|m|at|on|by|gmt|utc|bst|cet|est|edt|pst|pdt|uk|us|local|time")
                    || word.matches("(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?")
                    || word.matches("published|updated|posted|last|first|modified|date|issued")) {
                continue;
            }
            return false;
        }
        return true;
    }

    private static LocalDate toDate(Pattern pattern, Matcher matcher) {
        if (pattern == ISO) {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
        }
        String monthText = pattern == MONTH_FIRST ? matcher.group(1) : matcher.group(2);
        String dayText = pattern == MONTH_FIRST ? matcher.group(2) : matcher.group(1);
        String monthKey = monthText.toLowerCase(Locale.ROOT).replace(".", "");
        Integer month = MONTHS.get(monthKey.length() > 3 && monthKey.startsWith("sept") ? "sept" : monthKey.substring(0, 3));
        return LocalDate.of(Integer.parseInt(matcher.group(3)), month, Integer.parseInt(dayText));
    }
}
