package org.briefing.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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

    /** Parsed once: a selector is compiled on every {@code select(String)} call otherwise. */
    private static final Evaluator LINK_WITHOUT_ADDRESS = QueryParser.parse("a:not([href])");
    private static final Evaluator LINK_WITH_ADDRESS = QueryParser.parse("a[href]");
    private static final Evaluator HEADING = QueryParser.parse("h1, h2, h3, h4, h5");

    /**
     * Sanitized HTML with its visible text (white space collapsed), and whether anything had to be
     * removed (so the user can be told).
     */
    record Sanitized(String html, String text, boolean changed) {
    }

    Sanitized sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, "");
        if (isPlainParagraph(html)) {
            // A paragraph of text alone is safe as it is, and cleaning it would only copy it: most
            // blocks of an archive are such paragraphs, and the copy was a fifth of reading them.
            dirty.outputSettings().prettyPrint(false);
            return new Sanitized(dirty.body().html(), TextShape.collapseWhitespace(dirty.body().text()), false);
        }
        boolean changed = !cleaner.isValid(dirty);
        Document clean = cleaner.clean(dirty);
        // A link whose address was removed (relative, javascript:) keeps its words, not an empty <a>;
        // so does one whose address check would refuse.
        for (Element link : clean.body().select(LINK_WITHOUT_ADDRESS)) {
            link.unwrap();
        }
        for (Element link : clean.body().select(LINK_WITH_ADDRESS)) {
            if (!LinkTarget.isWellFormed(link.attr("href"))) {
                link.unwrap();
                changed = true;
            }
        }
        for (Element heading : clean.body().select(HEADING)) {
            heading.tagName("h" + (heading.normalName().charAt(1) - '0' + 1));
        }
        clean.outputSettings().prettyPrint(false);
        return new Sanitized(clean.body().html(), TextShape.collapseWhitespace(clean.body().text()), changed);
    }

    /**
     * Whether the Markdown renderer's HTML is one paragraph of text: {@code <p>}, then no tag, then
     * {@code </p>} and the line end it writes. Its text cannot hold a tag, an attribute or a link.
     */
    static boolean isPlainParagraph(String html) {
        String end = "</p>\n";
        return html.startsWith("<p>") && html.endsWith(end) && html.indexOf('<', 3) == html.length() - end.length();
    }
}
