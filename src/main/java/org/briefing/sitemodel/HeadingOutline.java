package org.briefing.sitemodel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renumbers the headings of an article's body so that they nest under the page's {@code h1}
 * without skipping a level: the body's first heading becomes {@code h2}, and each heading is at
 * most one level below the one it falls under. Relative order is kept: of {@code h4, h5, h3},
 * the {@code h5} stays under the {@code h4} and the {@code h3} becomes its sibling.
 *
 * <p>Found by the whole-site checks: a Markdown article whose first subheading was {@code ##}
 * (shifted to {@code h3} by the sanitizer) or {@code ###} gave pages that skip from {@code h1} to
 * {@code h3} or {@code h4}, which the Nu Html Checker reports as an error and which breaks the
 * outline screen-reader users navigate by.
 *
 * <p>Works on sanitized HTML, where every {@code <} in text is escaped, so a heading tag is the
 * only thing that can match. Everything but the heading tag names is left byte for byte.
 */
final class HeadingOutline {

    private static final Pattern HEADING_TAG = Pattern.compile("<(/?)h([1-6])(?=[\\s>])");
    /** The page's title is the only {@code h1}; the body starts one below it. */
    private static final int TOP = 2;

    private HeadingOutline() {
    }

    static String nestUnderTitle(String bodyHtml) {
        Matcher tag = HEADING_TAG.matcher(bodyHtml);
        if (!tag.find()) {
            return bodyHtml;
        }
        tag.reset();
        // Each open section: the level the source gave its heading, and the level it is shown at.
        Deque<int[]> sections = new ArrayDeque<>();
        int shownLevel = TOP;
        StringBuilder html = new StringBuilder(bodyHtml.length());
        while (tag.find()) {
            boolean closing = !tag.group(1).isEmpty();
            if (!closing) {
                int sourceLevel = Integer.parseInt(tag.group(2));
                while (!sections.isEmpty() && sections.peek()[0] >= sourceLevel) {
                    sections.pop();
                }
                shownLevel = sections.isEmpty() ? TOP : Math.min(6, sections.peek()[1] + 1);
                sections.push(new int[] {sourceLevel, shownLevel});
            }
            tag.appendReplacement(html, "<" + tag.group(1) + "h" + shownLevel);
        }
        tag.appendTail(html);
        return html.toString();
    }
}
