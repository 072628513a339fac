package org.briefing.sitemodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.briefing.Archive;
import org.briefing.SiteBuilder;
import org.briefing.config.ConfigLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonPagesTest {

    private static final String REPORT = "---\ntitle: Flood report %1$s\nsource: Wire %1$s\nstory: shared\ndate: 2020-01-0%1$s\n"
            + "tags: [Bou Kamal, Anna Person]\n---\n"
            + "\"The water is rising fast and we are ready to leave,\" Anna Person said in Bou Kamal, where 40 people died.\n\n"
            + "Rescue teams from three provinces reached the town on the second night of the flood.\n\n"
            + "Report %1$s alone says this about the dam upstream and its engineers.\n";

    /** A report the comparison names leads to its entry in the page's list of reports, which links the report. */
    @Test
    void reportsNamedOnTheComparisonLeadToTheListThatLinksThem(@TempDir Path root) {
        Archive archive = Archive.in(root);
        for (int report = 1; report <= 3; report++) {
            archive.article("a" + report + ".md", REPORT.formatted(Integer.toString(report)));
        }
        Document page = new SiteBuilder(new ConfigLoader().load(archive.paths()), archive.paths()).render().pages().stream()
                .filter(p -> p.path().file().matches("stories/[^/]+/compare/index.html"))
                .map(p -> Jsoup.parse(p.text())).findFirst().orElseThrow();

        assertThat(page.select("main a[href^=#report-]")).isNotEmpty().allSatisfy(link -> {
            Element entry = page.getElementById(link.attr("href").substring(1));
            assertThat(entry).isNotNull();
            assertThat(entry.select("a[href*=/articles/]")).hasSize(1);
            assertThat(entry.select(".report-label").text()).isEqualTo(link.text());
        });
        assertThat(page.select(".headlines li")).hasSize(3);
    }
}
