package org.briefing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.briefing.problems.ProblemsFound;
import org.junit.jupiter.api.Test;

class HtmlPageReaderTest {

    private final HtmlPageReader reader = new HtmlPageReader(ZoneOffset.UTC);

    private static final String PROSE = "Rebels entered the northern city on Friday, residents and a war monitor said, "
            + "in the largest advance by opposition forces in years. ";

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Rebels enter Aleppo | Example News</title>" + head
                + "</head><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
                + "<li><a href=\"/sport\">Sport</a></li></ul></nav>" + body
                + "<footer><p>Copyright Example News. All rights reserved. Terms of use and privacy policy apply to every page "
                + "of this site.</p></footer></body></html>";
    }

    private static String article() {
        return "<main><article><h1>Rebels enter Aleppo</h1><p class=\"byline\">By Jane Doe</p>"
                + "<p>" + PROSE + "</p><h2>What happened next</h2><p>" + PROSE + "Government forces withdrew to the south, "
                + "the monitor said, as <a href=\"/live\">live coverage</a> continued.</p>"
                + "<ul><li>First point of the list, with words.</li><li>Second point of the list.</li></ul>"
                + "<blockquote><p>We will not stop, a commander said to the crowd gathered in the square.</p></blockquote>"
                + "<p>" + PROSE + "</p></article>"
                + "<aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/a\">Another story about something else</a></li>"
                + "<li><a href=\"/b\">Yet another story about other things</a></li></ul></aside></main>";
    }

    @Test
    void findsTheArticleBlocksAndLeavesMenusAndFootersOut() {
        SavedPage page = reader.read(page("", article()), "x.html");
        String text = String.join("\n", page.body().stream().map(Block::text).toList());
        assertThat(text).contains("Rebels entered the northern city", "What happened next", "First point of the list",
                "We will not stop");
        assertThat(text).doesNotContain("Home", "Copyright", "Another story", "By Jane Doe");
        assertThat(page.body()).extracting(Block::kind).contains(BlockKind.HEADING, BlockKind.LIST, BlockKind.QUOTE);
    }

    @Test
    void keepsLinksAbsoluteAndSanitized() {
        SavedPage page = reader.read(page("<link rel=\"canonical\" href=\"https://example.com/2024/12/aleppo\">",
                article().replace("as <a", "as <a onclick=\"steal()\"")), "x.html");
        String html = String.join("", page.body().stream().map(Block::html).toList());
        assertThat(html).contains("<a href=\"https://example.com/live\">live coverage</a>").doesNotContain("onclick");
    }

    @Test
    void readsFactsFromJsonLdBeforeOpenGraphAndMeta() {
        String head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Rebels enter Aleppo\",\"datePublished\":\"2024-11-30T23:30:00-05:00\",\"dateModified\":\"2024-12-01T08:00:00Z\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"name\":\"John Roe\"}],\"publisher\":{\"name\":\"Example News\"},"
                + "\"articleSection\":\"World\"}]}</script>"
                + "<meta property=\"og:site_name\" content=\"Other Name\"><meta property=\"article:published_time\" content=\"2020-01-01\">"
                + "<meta property=\"og:url\" content=\"https://example.com/aleppo\">";
        PageFacts facts = reader.read(page(head, article()), "x.html").facts();
        assertThat(facts.headline()).contains("Rebels enter Aleppo");
        assertThat(facts.published().map(PublicationDate::date)).contains(LocalDate.of(2024, 12, 1));
        assertThat(facts.updated().map(PublicationDate::date)).contains(LocalDate.of(2024, 12, 1));
        assertThat(facts.outlet()).contains("Example News");
        assertThat(facts.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(facts.canonical()).contains("https://example.com/aleppo");
        assertThat(facts.section()).contains("World");
        assertThat(facts.language()).contains(new LanguageTag("en-GB"));
    }

    @Test
    void fallsBackToMetaTagsTimeElementsAndTheTitle() {
        String body = article().replace("<h1>Rebels enter Aleppo</h1>", "<time datetime=\"2024-12-02\">2 December</time>");
        PageFacts facts = reader.read(page("<meta name=\"author\" content=\"By Jane Doe\">", body), "x.html").facts();
        assertThat(facts.headline()).contains("Rebels enter Aleppo");
        assertThat(facts.published().map(PublicationDate::date)).contains(LocalDate.of(2024, 12, 2));
        assertThat(facts.authors()).containsExactly("Jane Doe");
        assertThat(facts.outlet()).isEmpty();
    }

    @Test
    void aSidecarOverridesWhatThePageStates() {
        PageFacts facts = reader.read(page("<meta property=\"og:site_name\" content=\"Example News\">", article()), "x.html").facts();
        FrontMatter sidecar = new FrontMatter(java.util.Optional.of("Edited title"), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.List.of(), false);
        FrontMatter merged = facts.under(sidecar);
        assertThat(merged.title()).contains("Edited title");
        assertThat(merged.source()).contains("Example News");
    }

    @Test
    void rejectsTextThatIsNotHtml() {
        assertThatThrownBy(() -> reader.read("Just some pasted words, no markup at all.", "notes.html"))
                .isInstanceOf(ProblemsFound.class).hasMessageContaining("notes.html").hasMessageContaining("not an HTML page");
    }

    @Test
    void rejectsAPageWithoutAnArticle() {
        assertThatThrownBy(() -> reader.read(page("", "<div><a href=\"/a\">Login</a></div>"), "login.html"))
                .isInstanceOf(ProblemsFound.class).hasMessageContaining("holds no article");
    }

    @Test
    void rejectsAPageOfSeveralArticles() {
        String head = "<script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\",\"headline\":\"One\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Two\"}]</script>";
        assertThatThrownBy(() -> reader.read(page(head, article()), "front.html"))
                .isInstanceOf(ProblemsFound.class).hasMessageContaining("holds 2 articles");
    }

    @Test
    void rejectsGarbledText() {
        String garbled = article().replace("residents", "residentsâ€™ Ã© â€œ views â€™");
        assertThatThrownBy(() -> reader.read(page("", garbled), "mojibake.html"))
                .isInstanceOf(ProblemsFound.class).hasMessageContaining("garbled");
    }
}
