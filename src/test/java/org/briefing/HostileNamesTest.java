package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names are data, never paths or markup: titles, outlets, tags, story keys and file names that
 * try to climb out of the site or inject HTML become safe slugs and escaped text.
 */
class HostileNamesTest {

    private static final String IMG_TITLE = "<img src=x onerror=alert(1)>";

    @TempDir
    static Path root;

    private static SitePages site;

    @BeforeAll
    static void buildHostileArchive() {
        Archive archive = Archive.in(root)
                .article("evil.md", """
                        ---
                        title: "<img src=x onerror=alert(1)>"
                        source: "../../../etc"
                        author: "<i>Jane</i> Roe"
                        tags: ["../../x", "<script>alert(1)</script>", "..", "/etc/passwd", 'C:\\Windows\\system32']
                        story: "../../story"
                        date: 2024-12-02
                        url: https://example.org/a
                        ---
                        Rebel fighters entered Aleppo in Syria on Saturday, residents said.
                        """)
                .article("other.md", """
                        ---
                        title: Army regroups near Hama
                        source: '..\\..\\windows'
                        story_title: "</title><script>alert(2)</script>"
                        story: "/etc/story"
                        date: 2024-12-03
                        ---
                        The army regrouped near Hama, a monitor said.
                        """)
                .article("My Article Ünïcode Ω.md", "---\ntitle: Spaces and Ünïcode\nsource: .\n---\nText about Beirut in Lebanon.\n")
                .article("UPPER Case.txt", "\"><script>alert(3)</script>\nPasted text about Damascus, residents said.\n");
        Cli run = Cli.run(archive.buildArguments());
        assertThat(run.exitCode()).as(run.err()).isZero();
        site = new SitePages(archive.out());
    }

    @Test
    void writesNothingOutsideTheOutputFolder() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            // the lock that keeps a second build out of site/ is the one file beside it
            List<Path> written = walk.filter(Files::isRegularFile).filter(file -> !file.startsWith(root.resolve("content")))
                    .filter(file -> !file.equals(root.resolve(".site.lock"))).toList();
            assertThat(written).isNotEmpty().allSatisfy(file -> assertThat(file.normalize()).startsWith(site.out()));
        }
        try (Stream<Path> beside = Files.list(root)) {
            assertThat(beside.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("content", "site", ".site.lock");
        }
    }

    @Test
    void namesEveryFileWithSafeSlugs() {
        assertThat(site.files()).allSatisfy(file ->
                assertThat(file).matches("(?:[a-z0-9][a-z0-9_-]*/)*(?:[a-z0-9][a-z0-9_.-]*|\\.nojekyll)").doesNotContain(".."));
        assertThat(site.files()).contains(
                "articles/evil/index.html", "articles/my-article-unicode/index.html", "articles/upper-case/index.html",
                "sources/etc/index.html", "sources/windows/index.html", "actors/x/index.html", "actors/etc-passwd/index.html");
    }

    @Test
    void showsHostileNamesAsTextOnEveryPage() {
        assertThat(site.documents()).allSatisfy(page -> {
            assertThat(page.select("img, script, iframe, object, embed").not(ScriptsInArticlesTest.SITE_OWN)).as(page.baseUri()).isEmpty();
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as(page.baseUri()).doesNotStartWith("on");
                }
            }
            for (Element link : page.select("a[href], link[href]")) {
                assertThat(link.attr("href")).as(page.baseUri()).doesNotContain("..").doesNotStartWithIgnoringCase("javascript:");
            }
        });
        Document article = site.document("articles/evil/index.html");
        assertThat(article.select("h1").text()).isEqualTo(IMG_TITLE);
        assertThat(article.text()).contains("<i>Jane</i> Roe", "../../../etc");
        assertThat(site.document("index.html").text()).contains("</title><script>alert(2)</script>", "<script>alert(1)</script>");
        assertThat(site.text("feed.xml")).contains("&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    }

    @Test
    void keepsHostileNamesUnchangedAsData() throws IOException {
        JsonNode articles = new ObjectMapper().readTree(site.text("api/articles.json"));
        assertThat(articles.findValuesAsText("title")).contains(IMG_TITLE, "\"><script>alert(3)</script>");
        assertThat(articles.findValuesAsText("source")).contains("../../../etc");
    }
}
