package org.briefing.sitemodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefing.Archive;
import org.briefing.SiteBuilder;
import org.briefing.config.ConfigLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityPagesTest {

    private static final String ARTICLE = "---\ntitle: Report %1$s on the dam\nsource: Wire %1$s\nstory: s%1$s\ndate: 2020-01-0%1$s\n"
            + "tags: [Bou Kamal, Anna Person]\n---\n"
            + "\"The water is rising fast and we are ready,\" Anna Person said in Bou Kamal on day %1$s of the flood.\n";

    /**
     * An entity's later pages list its stories and nothing else: the map, the quotes and the
     * names alongside are the first page's, not repeated on every page of a long list.
     */
    @Test
    void laterPagesListStoriesOnly(@TempDir Path root) {
        Archive archive = Archive.in(root)
                .settings("entities_per_page: 2\n")
                .entity("bou-kamal.md", "---\nname: Bou Kamal\ntype: place\nkind: city\ncoordinates: [34.45, 40.92]\n---\n")
                .entity("anna-person.md", "---\nname: Anna Person\ntype: actor\nkind: person\n---\n");
        for (int day = 1; day <= 5; day++) {
            archive.article("a" + day + ".md", ARTICLE.formatted(Integer.toString(day)));
        }
        Map<String, Document> pages = new SiteBuilder(new ConfigLoader().load(archive.paths()), archive.paths()).render()
                .pages().stream()
                .filter(page -> page.path().file().startsWith("places/bou-kamal/") && page.path().file().endsWith(".html"))
                .collect(Collectors.toMap(page -> page.path().file(), page -> Jsoup.parse(page.text())));

        Document first = pages.get("places/bou-kamal/index.html");
        Document second = pages.get("places/bou-kamal/page/2/index.html");
        assertThat(pages).containsKey("places/bou-kamal/page/3/index.html");
        assertThat(first.select("svg.map-land, .place-map")).isNotEmpty();
        assertThat(first.select("#related-heading")).isNotEmpty();

        assertThat(second.selectFirst("h1").text()).isEqualTo("Bou Kamal, page 2");
        assertThat(second.select(".place-map, .coordinates, #related-heading, #quotes-heading, #outlets-heading")).isEmpty();
        assertThat(second.select(".story-lines li")).hasSize(2);
        assertThat(second.select("nav a").eachAttr("href")).contains("/places/bou-kamal/");
    }
}
