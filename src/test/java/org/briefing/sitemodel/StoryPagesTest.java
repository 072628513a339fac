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

class StoryPagesTest {

    private static final String REPORT = "---\ntitle: Flood report %1$s\nsource: Wire %1$s\nstory: %2$s\ndate: 2020-01-0%1$s\n"
            + "tags: [Bou Kamal, Anna Person]\n---\n"
            + "\"The water is rising fast and we are ready to leave,\" Anna Person said in Bou Kamal, where 40 people died. "
            + "The river killed 40 people, Anna Person said.\n";

    private static Map<String, Document> storyPages(Archive archive) {
        return new SiteBuilder(new ConfigLoader().load(archive.paths()), archive.paths()).render().pages().stream()
                .filter(page -> page.path().file().matches("stories/[^/]+/index.html"))
                .collect(Collectors.toMap(page -> page.path().file(), page -> Jsoup.parse(page.text())));
    }

    /**
     * A story of one report says nothing that needs several: no timeline of one dot, no line under
     * each quote naming the one report, no count of reports beside each name, and the report that
     * gives a figure twice is named once beside it.
     */
    @Test
    void aStoryOfOneReportLeavesOutWhatOnlySeveralNeed(@TempDir Path root) {
        Archive archive = Archive.in(root).article("a1.md", REPORT.formatted("1", "alone"));
        Document page = storyPages(archive).values().iterator().next();

        assertThat(page.select("#quotes-heading")).isNotEmpty();
        assertThat(page.select(".timeline, #timeline-heading, .quotes .carriers")).isEmpty();
        assertThat(page.select(".entities .tags a")).isNotEmpty();
        assertThat(page.select(".entities .count")).isEmpty();
        assertThat(page.select(".claims li")).isNotEmpty().allSatisfy(claim -> assertThat(claim.select("a[href*=/articles/]")).hasSize(1));
    }

    @Test
    void aStoryOfSeveralReportsShowsWhenAndWhereEachCarries(@TempDir Path root) {
        Archive archive = Archive.in(root).article("a1.md", REPORT.formatted("1", "shared")).article("a2.md", REPORT.formatted("2", "shared"));
        Document page = storyPages(archive).values().iterator().next();

        assertThat(page.select(".timeline circle")).hasSize(2);
        assertThat(page.select(".quotes .carriers")).isNotEmpty();
        assertThat(page.select(".entities .count").eachText()).contains("2");
        assertThat(page.select(".quotes .carriers a")).isNotEmpty().allSatisfy(link -> assertThat(page.getElementById(
                link.attr("href").substring(1)).select("a[href*=/articles/]")).as("the headline the name leads to").hasSize(1));
    }
}
