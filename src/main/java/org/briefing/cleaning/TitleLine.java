package org.briefing.cleaning;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.content.Block;
import org.briefing.content.TextShape;

/**
 * Finds the line of a pasted page that shows its headline, from the title a sidecar gives. The
 * page's {@code <title>} often adds the site's name or section after a bar or dash ("Nadal keeps
 * Spain alive - Sportsnet.ca", "The Impeachment Clock | National Review") that the headline on
 * the page does not have, so the title without such a part is looked for too. Case, accents and
 * punctuation are ignored; the first line that matches is taken.
 */
final class TitleLine {

    /** " | ", " - ", " – ", " / ", " : ", " » ": where a site's name or section joins a title. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—/:•»·]\\s+");
    /** The longest site name or section the title may add ("Vortex Cannon Entertainment"). */
    private static final int MAX_SITE_WORDS = 6;
    /** The shortest headline left once that part is taken away ("The Impeachment Clock"). */
    private static final int MIN_HEADLINE_WORDS = 3;

    private TitleLine() {
    }

    /** The index of the headline's line, or -1 when no line shows it. */
    static int find(List<Block> blocks, String title) {
        int exact = lineOf(blocks, title);
        if (exact >= 0) {
            return exact;
        }
        Matcher separator = SEPARATOR.matcher(title);
        while (separator.find()) {
            String before = title.substring(0, separator.start());
            String after = title.substring(separator.end());
            if (TextShape.wordCount(after) <= MAX_SITE_WORDS && TextShape.wordCount(before) >= MIN_HEADLINE_WORDS) {
                int line = lineOf(blocks, before);
                if (line >= 0) {
                    return line;
                }
            }
            if (TextShape.wordCount(before) <= MAX_SITE_WORDS && TextShape.wordCount(after) >= MIN_HEADLINE_WORDS) {
                int line = lineOf(blocks, after);
                if (line >= 0) {
                    return line;
                }
            }
        }
        return -1;
    }

    private static int lineOf(List<Block> blocks, String text) {
        String key = TextShape.comparisonKey(text);
        if (key.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (TextShape.comparisonKey(blocks.get(i).text()).equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
