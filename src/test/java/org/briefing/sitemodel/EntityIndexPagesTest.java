package org.briefing.sitemodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefing.Archive;
import org.briefing.SiteBuilder;
import org.briefing.config.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityIndexPagesTest {

    private static final String ARTICLE = "---\ntitle: Report %s\nsource: Wire\nstory: %s\ndate: 2020-01-0%s\ntags: [%s]\n---\n"
            + "the council met on the day and talked about the budget for the year.\n";

    @ParameterizedTest
    @CsvSource({"Anna Person, a", "Ömer Person, o", "zed, z", "'  Élan', e", "42nd Street, other", "Łódź, other"})
    void filesANameUnderItsFirstLetterWithoutAccent(String name, String initial) {
        assertThat(EntityIndexPages.initialOf(name)).isEqualTo(initial);
    }

    /**
     * Zed is in more reports (four) but fewer stories (two) than Anna (three reports, three
     * stories); Ömer is in one report, so folded below.
     */
    @Test
    void ranksByStoriesFoldsSingleReportNamesAndNarrowsByKindAndInitial(@TempDir Path root) {
        Archive archive = Archive.in(root)
                .entity("anna-person.md", "---\nname: Anna Person\ntype: actor\nkind: person\n---\n")
                .entity("omer-person.md", "---\nname: Ömer Person\ntype: actor\nkind: person\n---\n")
                .entity("zed-group.md", "---\nname: Zed Group\ntype: actor\nkind: organization\n---\n")
                .article("a1.md", ARTICLE.formatted("1", "s1", "1", "Anna Person, Zed Group"))
                .article("a2.md", ARTICLE.formatted("2", "s2", "2", "Anna Person"))
                .article("a3.md", ARTICLE.formatted("3", "s3", "3", "Anna Person, Ömer Person"))
                .article("a4.md", ARTICLE.formatted("4", "s4", "4", "Zed Group"))
                .article("a5.md", ARTICLE.formatted("5", "s4", "5", "Zed Group"))
                .article("a6.md", ARTICLE.formatted("6", "s4", "6", "Zed Group"));
        Map<String, Document> pages = new SiteBuilder(SiteConfig.defaults(), archive.paths()).render().pages().stream()
                .filter(page -> page.path().file().startsWith("actors/"))
                .collect(Collectors.toMap(page -> page.path().file(), page -> Jsoup.parse(page.text())));

        Document all = pages.get("actors/index.html");
        assertThat(names(all, ".ranked a")).containsExactly("Anna Person 3", "Zed Group 2");
        assertThat(names(all, ".one-report a")).containsExactly("Ömer Person");
        assertThat(all.selectFirst(".one-report summary").text()).isEqualTo("Named in one report only (1)");
        assertThat(names(all, ".index-filters a[aria-current]")).containsExactly("All 3");

        Document people = pages.get("actors/kind/person/index.html");
        assertThat(people.selectFirst("h1").text()).isEqualTo("Actors: People");
        assertThat(names(people, ".ranked a")).containsExactly("Anna Person 3");
        assertThat(names(people, ".one-report a")).containsExactly("Ömer Person");

        Document initialO = pages.get("actors/initial/o/index.html");
        assertThat(initialO.select(".ranked a")).isEmpty();
        assertThat(names(initialO, ".one-report a")).containsExactly("Ömer Person");
        assertThat(names(initialO, ".initials a")).containsExactly("A", "O", "Z");
        assertThat(initialO.select(".initials a[aria-current]").attr("aria-label")).isEqualTo("O, 1");
    }

    private static List<String> names(Document page, String selector) {
        return page.select(selector).stream().map(Element::text).toList();
    }
}
