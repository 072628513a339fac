package org.briefing.analysis.text;

/**
 * Quotation marks in one sentence: whether they pair up, and how much of the sentence they hold.
 * Curly marks pair as opening and closing; straight double marks pair in turn. Single curly marks
 * are left alone: ’ is far more often an apostrophe.
 */
public final class Quotation {

    private Quotation() {
    }

    /** Whether every quotation mark opened in {@code text} is closed, and none closed unopened. */
    public static boolean balanced(String text) {
        int open = 0;
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                if (--open < 0) {
                    return false;
                }
            } else if (c == '"') {
                straight++;
            }
        }
        return open == 0 && straight % 2 == 0;
    }

    /** Whether {@code text} opens with a quotation mark. */
    public static boolean opensWithQuote(String text) {
        String t = text.strip();
        return !t.isEmpty() && (t.charAt(0) == '“' || t.charAt(0) == '"' || t.charAt(0) == '‘');
    }

    /**
     * Which characters of {@code text} stand inside quotation marks, curly or straight (an opening
     * mark counts as inside, a closing one not); one entry more than the text has characters.
     */
    public static boolean[] insideMarks(String text) {
        boolean[] inside = new boolean[text.length() + 1];
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || (c == '"' && !open)) {
                open = true;
            } else if (c == '”' || c == '"') {
                open = false;
            }
            inside[i] = open;
        }
        return inside;
    }

    /** The share of the characters of {@code text} that stand inside quotation marks, 0 to 1. */
    public static double quotedShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        boolean[] inside = insideMarks(text);
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (inside[i]) {
                count++;
            }
        }
        return count / (double) text.length();
    }
}
