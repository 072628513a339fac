package org.briefing.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes HTML from an article safe to put on a page, whatever the source: only text-level and
 * block markup survive; scripts, styles, frames, forms, images, event-handler attributes and
 * {@code javascript:} or {@code data:} links are removed. Headings move down one level, because
 * the page's own {@code <h1>} is the article's title.
 */
final class HtmlSanitizer {

    private final Cleaner cleaner;

    HtmlSanitizer() {
        Safelist safelist = Safelist.relaxed()
                .removeTags("img")
                .removeProtocols("a", "href", "ftp")
                .preserveRelativeLinks(false)
                .addAttributes("code", "class")
                .addAttributes("th", "scope")
                .addAttributes("td", "align")
                .addAttributes("th", "align");
        this.cleaner = new Cleaner(safelist);
    }

    /** Sanitized HTML, and whether anything had to be removed (so the user can be told). */
    record Sanitized(String html, boolean changed) {
    }

    Sanitized sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, "");
        boolean changed = !cleaner.isValid(dirty);
        Document clean = cleaner.clean(dirty);
        // A link whose address was removed (relative, javascript:) keeps its words, not an empty <a>.
        for (Element link : clean.body().select("a:not([href])")) {
            link.unwrap();
        }
        for (int level = 5; level >= 1; level--) {
            for (Element heading : clean.body().select("h" + level)) {
                heading.tagName("h" + (level + 1));
            }
        }
        clean.outputSettings().prettyPrint(false);
        return new Sanitized(clean.body().html(), changed);
    }

    /** The visible text of sanitized HTML, white space collapsed. */
    static String textOf(String html) {
        return TextShape.collapseWhitespace(Jsoup.parseBodyFragment(html).body().text());
    }
}
