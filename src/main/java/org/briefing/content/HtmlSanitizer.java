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
                .addAttributes("th", "scope")
                .addAttributes("td", "align")
                .addAttributes("th", "align");
        this.cleaner = new Cleaner(safelist);
    }

    String sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, "");
        Document clean = cleaner.clean(dirty);
        for (int level = 5; level >= 1; level--) {
            for (Element heading : clean.body().select("h" + level)) {
                heading.tagName("h" + (level + 1));
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** The visible text of sanitized HTML, white space collapsed. */
    static String textOf(String html) {
        return TextShape.collapseWhitespace(Jsoup.parseBodyFragment(html).body().text());
    }
}
