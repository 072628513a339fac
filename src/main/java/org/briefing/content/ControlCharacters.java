package org.briefing.content;

import java.util.List;
import org.briefing.problems.Problem;

/**
 * Removes control characters from a file's text as it is loaded: U+0000 to U+001F but tab, line
 * feed and carriage return, U+007F to U+009F, and U+FFFE and U+FFFF. XML cannot hold them (they
 * made {@code feed.xml} malformed), and on a page or in a terminal they only hide or garble text.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /** {@code text} without control characters; when any were removed, a warning naming the first line is added. */
    static String removeFrom(String text, String shown, List<Problem> warnings) {
        int first = firstIn(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                removed++;
            } else {
                kept.append(c);
            }
        }
        int line = 1;
        for (int i = 0; i < first; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        warnings.add(Problem.warning(shown, line, "has " + removed + " control character" + (removed == 1 ? "" : "s")
                + String.format(" (the first U+%04X)", (int) text.charAt(first)) + "; they were removed.",
                "They are invisible and cannot be published; delete them from the file to silence this warning."));
        return kept.toString();
    }

    private static int firstIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f) || c == '\uFFFE' || c == '\uFFFF';
    }
}
