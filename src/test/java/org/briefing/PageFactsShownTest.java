package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The update date, section and language a saved page states (or its sidecar overrides) reach the
 * article page and {@code api/articles.json}: issue 14 found them read and then dropped.
 */
class PageFactsShownTest {

    @TempDir
    static Path root;

    private static SitePages site;

    private static String page(String lang, String head, String... paragraphs) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"" + lang + "\"><head>" + head + "</head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article>");
        for (String paragraph : paragraphs) {
            page.append("<p>").append(paragraph).append("</p>");
        }
        return page.append("</article></body></html>").toString();
    }

    @BeforeAll
    static void buildPagesThatStateTheirFacts() {
        Archive archive = Archive.in(root)
                .article("aleppo.html", page("en-GB", "<meta property=\"og:title\" content=\"Rebels enter Aleppo\">"
                                + "<meta property=\"article:published_time\" content=\"2024-11-29T10:00:00Z\">"
                                + "<meta property=\"article:modified_time\" content=\"2024-12-01T08:30:00Z\">"
                                + "<meta property=\"article:section\" content=\"World\">",
                        "Rebels entered the northern city of Aleppo on Friday, residents and a war monitor said, in the largest advance in years.",
                        "Government forces withdrew to the south overnight, the monitor said, leaving checkpoints and heavy weapons behind them."))
                .article("lyon.html", page("fr", "<meta property=\"og:title\" content=\"Inondations à Lyon\">"
                                + "<meta property=\"article:published_time\" content=\"2024-11-29T10:00:00Z\">",
                        "De fortes pluies ont inondé plusieurs quartiers de Lyon vendredi, coupant l'électricité de milliers de foyers, selon la préfecture.",
                        "Les pompiers ont secouru des dizaines d'habitants bloqués dans leurs voitures, et les écoles resteront fermées lundi."))
                .article("geneva.html", page("en", "<meta property=\"og:title\" content=\"Talks open in Geneva\">"
                                + "<meta property=\"article:section\" content=\"World\">",
                        "Delegations from the government and the opposition met in Geneva on Monday for the first direct talks in two years, the envoy said.",
                        "The envoy said both sides had agreed to discuss a ceasefire, prisoner releases and the return of displaced families."))
                .article("geneva.yml", "date: 2024-12-02\nupdated: 2024-12-03\nsection: Opinion\nlanguage: de\n");
        Cli run = Cli.run(archive.buildArguments());
        assertThat(run.exitCode()).as(run.err()).isZero();
        site = new SitePages(archive.out());
    }

    private static String fact(Document page, String term) {
        return page.select("dl.facts dt:containsOwn(" + term + ") + dd").text();
    }

    @Test
    void showsTheUpdateDateAndSectionAPageStates() {
        Document page = site.document("articles/aleppo/index.html");
        assertThat(fact(page, "Updated")).isEqualTo("1 December 2024, 08:30");
        assertThat(page.select("dl.facts dt:containsOwn(Updated) + dd time").attr("datetime")).isEqualTo("2024-12-01T08:30Z");
        assertThat(fact(page, "Section")).isEqualTo("World");
    }

    @Test
    void marksTheBodyOfAnArticleInAnotherLanguageWithItsLanguage() {
        Document french = site.document("articles/lyon/index.html");
        assertThat(french.select(".article-body").attr("lang")).isEqualTo("fr");
        assertThat(french.select("h1").attr("lang")).isEqualTo("fr");
        assertThat(fact(french, "Updated")).isEmpty();
        // en-GB is the site's language, English, in another region: nothing to mark
        assertThat(site.document("articles/aleppo/index.html").select(".article-body").hasAttr("lang")).isFalse();
    }

    @Test
    void aSidecarOverridesTheSectionLanguageAndUpdateDate() {
        Document page = site.document("articles/geneva/index.html");
        assertThat(fact(page, "Section")).isEqualTo("Opinion");
        assertThat(fact(page, "Updated")).isEqualTo("3 December 2024");
        assertThat(page.select(".article-body").attr("lang")).isEqualTo("de");
    }

    @Test
    void givesTheFactsInTheApi() throws IOException {
        JsonNode articles = JsonMapper.builder().build().readTree(site.text("api/articles.json"));
        JsonNode aleppo = find(articles, "aleppo");
        assertThat(aleppo.path("updated").asText()).isEqualTo("2024-12-01T08:30Z");
        assertThat(aleppo.path("section").asText()).isEqualTo("World");
        assertThat(aleppo.path("language").asText()).isEqualTo("en-GB");
        JsonNode lyon = find(articles, "lyon");
        assertThat(lyon.path("updated").isNull()).isTrue();
        assertThat(lyon.path("section").isNull()).isTrue();
        assertThat(lyon.path("language").asText()).isEqualTo("fr");
        assertThat(find(articles, "geneva").path("language").asText()).isEqualTo("de");
    }

    private static JsonNode find(JsonNode articles, String id) {
        for (JsonNode article : articles) {
            if (article.path("id").asText().equals(id)) {
                return article;
            }
        }
        throw new AssertionError("no article " + id + " in api/articles.json");
    }
}
