package org.briefing.cleaning;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the place of a dateline: a line that is only an upper-case place ("DAMASCUS", or with the
 * day as wires give it, "BONN 1996-08-30") or the
 * upper-case place that opens the first paragraph ("BEIRUT: ...", "KANSAS CITY, Mo. — ...").
 * Places are returned in title case ("Kansas City, Mo.").
 */
public final class DatelinePlaces {

    private static final String PLACE = "([A-Z][A-Z'’.\\-]*(?: [A-Z][A-Z'’.\\-]*){0,3})";
    private static final String REGION = "(?:, ?([A-Z][A-Za-z.]{1,14}(?: [A-Z][A-Za-z.]{1,14})?))?";
    /** A wire's dateline line may carry the day: "BONN 1996-08-30". */
    private static final Pattern ALONE = Pattern.compile(PLACE + REGION + "(?: \\d{4}-\\d{2}-\\d{2})?");
    private static final Pattern OPENING = Pattern.compile("^" + PLACE + REGION
            + "\\s*(?:\\([A-Za-z. ]{1,30}\\))?\\s*(?::|—|–|--|-|–-|—-)\\s*\\S");

    /**
     * Upper-case words that open a lead the way a dateline does ("BREAKING: ...") but are labels,
     * not places, compared without punctuation.
     */
    private static final Set<String> LABELS = Set.of(
            "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "LATEST", "EXCLUSIVE", "WATCH", "LISTEN", "LIVE",
            "VIDEO", "PHOTOS", "ANALYSIS", "OPINION", "COMMENT", "EXPLAINER", "FACT CHECK", "REVIEW",
            "EDITORS NOTE", "NOTE", "CORRECTION", "CLARIFICATION", "WARNING", "ALERT", "URGENT", "FLASH");

    private DatelinePlaces() {
    }

    /** A block that is nothing but a dateline. */
    static Optional<String> standalone(String text) {
        Matcher matcher = ALONE.matcher(text.strip());
        if (!matcher.matches() || !isPlace(matcher.group(1))) {
            return Optional.empty();
        }
        return Optional.of(display(matcher));
    }

    /** The dateline that opens a paragraph, if there is one. */
    static Optional<String> opening(String text) {
        Matcher matcher = OPENING.matcher(text);
        if (!matcher.find() || !isPlace(matcher.group(1))) {
            return Optional.empty();
        }
        return Optional.of(display(matcher));
    }

    /** The paragraph without its opening dateline ("BEIRUT: Syria's..." gives "Syria's..."). */
    public static String withoutOpening(String text) {
        Matcher matcher = OPENING.matcher(text);
        if (!matcher.find() || !isPlace(matcher.group(1))) {
            return text;
        }
        return text.substring(matcher.end() - 1);
    }

    private static String display(Matcher matcher) {
        String place = titleCase(matcher.group(1));
        return matcher.group(2) == null ? place : place + ", " + matcher.group(2);
    }

    /** At least three letters ("US" and "UN" open sentences), and not a label. */
    private static boolean isPlace(String upper) {
        long letters = upper.chars().filter(Character::isLetter).count();
        return letters >= 3 && !LABELS.contains(upper.replaceAll("[^A-Z ]", ""));
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        boolean startOfWord = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = c == ' ' || c == '-' || c == '.';
        }
        return out.toString();
    }
}
