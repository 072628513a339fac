package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw HTML in a Markdown article never reaches a page as markup that runs, and markup pasted into
 * a {@code .txt} article is shown as the text it is, on every page that quotes it.
 */
class ScriptsInArticlesTest {

    private static final String ACTIVE = "script, style, iframe, frame, object, embed, math, img, form, input, base, "
            + "meta[http-equiv], foreignObject, .article-body svg";

    /** The site's own active parts: the search box in every header, the search page's form and its script. */
    static final String SITE_OWN = "form.site-search, form.site-search *, #search-form, #search-form *, "
            + "script[src$=/assets/search.js]";

    @TempDir
    static Path root;

    private static SitePages site;

    @BeforeAll
    static void buildArchiveWithScripts() {
        Archive archive = Archive.in(root)
                .article("markdown.md", """
                        ---
                        title: Rebels enter Aleppo
                        source: Example Wire
                        date: 2024-12-02
                        ---
                        Rebel fighters entered Aleppo on Saturday, residents said. <script>alert('inline')</script>

                        <script>alert('block')</script>

                        An <img src=x onerror="alert('img')"> image and a <a href="javascript:alert('link')">link</a>
                        and a [markdown link](javascript:alert('md')) and a [real one](https://example.org/report).

                        <iframe src="https://evil.example/"></iframe>

                        <style>body { display: none }</style>

                        <p onclick="alert('click')">The army said it had withdrawn.</p>

                        <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">A data link</a> too.

                        <svg><script>alert('svg')</script><circle onload="alert('svg')"/></svg>
                        """)
                .article("pasted.txt", """
                        Army regroups near Hama
                        <script>alert("pasted")</script> The army regrouped near Hama, a monitor said.
                        <img src=x onerror=alert(1)> Residents fled south.
                        """);
        Cli run = Cli.run(archive.buildArguments());
        assertThat(run.exitCode()).as(run.err()).isZero();
        site = new SitePages(archive.out());
    }

    @Test
    void putsNoActiveMarkupOnAnyPage() {
        assertThat(site.documents()).allSatisfy(page -> {
            assertThat(page.select(ACTIVE).not(SITE_OWN)).as(page.baseUri()).isEmpty();
            // the only drawings are the site's own: coverage timelines and place maps
            assertThat(page.select("svg")).as(page.baseUri()).allSatisfy(svg ->
                    assertThat(svg.parent().hasClass("timeline") || svg.parent().hasClass("place-map")).isTrue());
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as(page.baseUri()).doesNotStartWith("on");
                    assertThat(attribute.getValue()).as(page.baseUri()).doesNotContainIgnoringCase("javascript:")
                            .doesNotStartWithIgnoringCase("data:");
                }
            }
        });
    }

    @Test
    void keepsTheArticlesWordsAndItsRealLinks() {
        Document page = site.document("articles/markdown/index.html");
        assertThat(page.text()).contains("Rebel fighters entered Aleppo on Saturday, residents said.",
                "The army said it had withdrawn.", "A data link too.").doesNotContain("alert(");
        assertThat(page.select(".article-body a[href]")).extracting(link -> link.attr("href"))
                .filteredOn(href -> !href.startsWith("/"))
                .as("links other than to actor and place pages").containsExactly("https://example.org/report");
    }

    @Test
    void showsMarkupInPastedTextAsText() {
        Document page = site.document("articles/pasted/index.html");
        assertThat(page.select(".article-body p")).extracting(Element::text).containsExactly(
                "<script>alert(\"pasted\")</script> The army regrouped near Hama, a monitor said.",
                "<img src=x onerror=alert(1)> Residents fled south.");
        assertThat(site.text("articles/pasted/index.html")).contains("&lt;script&gt;alert(").doesNotContain("<script");
    }
}
