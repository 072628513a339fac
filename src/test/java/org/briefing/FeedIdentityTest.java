package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.PublishedBuilds.archiveOf;
import static org.briefing.PublishedBuilds.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefing.PublishedBuilds.Site;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 5: Atom ids of the site's own (every Briefing site's feed was
 * {@code urn:briefing:feed.xml}), entry ids that do not change, and {@code updated} times that
 * move only when an entry does. The archive is the five seed articles.
 */
class FeedIdentityTest {

    private static final Path SEEDS = TestPaths.projectRoot().resolve("src/test/resources/golden/seeds/content/articles");

    @Test
    void everyIdOfASiteWithAHostIsOneOfItsAddressesAndUnique(@TempDir Path temp) {
        Site site = build(archiveOf(temp.resolve("a"), SEEDS).content(), temp.resolve("site"), "https://example.org/briefing/", Optional.empty());
        List<String> feedIds = new ArrayList<>();
        for (String feed : feeds(site)) {
            Document document = site.pages().document(feed);
            feedIds.add(document.selectFirst("feed > id").text());
            List<String> entryIds = document.select("entry > id").eachText();
            assertThat(entryIds).as(feed).doesNotHaveDuplicates().allMatch(id -> id.startsWith("https://example.org/briefing/"));
            // an entry's id is its page's address
            for (Element entry : document.select("entry")) {
                assertThat(entry.selectFirst("id").text()).isEqualTo(entry.selectFirst("link").attr("href"));
            }
        }
        assertThat(feedIds).hasSizeGreaterThan(10).doesNotHaveDuplicates().allMatch(id -> id.startsWith("https://example.org/briefing/"));
    }

    @Test
    void twoSitesOfTheSameArticlesShareNoId(@TempDir Path temp) {
        Archive archive = archiveOf(temp.resolve("a"), SEEDS);
        Set<String> ours = ids(build(archive.content(), temp.resolve("ours"), "/briefing/", Optional.empty()));
        Set<String> theirs = ids(build(archive.content(), temp.resolve("theirs"), "/other/", Optional.empty()));
        archive.settings("title: Another briefing\n");
        Set<String> retitled = ids(build(archive.content(), temp.resolve("retitled"), "/briefing/", Optional.empty()));
        Set<String> hosted = ids(build(archive.content(), temp.resolve("hosted"), "https://example.org/", Optional.empty()));

        assertThat(ours).allMatch(id -> id.startsWith("urn:uuid:"));
        assertThat(ours).doesNotContainAnyElementsOf(theirs).doesNotContainAnyElementsOf(retitled).doesNotContainAnyElementsOf(hosted);
        assertThat(ours).noneMatch(id -> id.startsWith("urn:briefing:"));
    }

    @Test
    void anUnchangedEntryKeepsItsTimeAndAChangedOneTakesTheBuildsTime(@TempDir Path temp) throws IOException {
        Archive archive = archiveOf(temp.resolve("a"), SEEDS);
        String base = "https://example.org/";
        Site first = build(archive.content(), temp.resolve("first"), base, Optional.empty());
        Site again = build(archive.content(), temp.resolve("again"), base, first);
        assertThat(again.pages().text("feed.xml")).isEqualTo(first.pages().text("feed.xml"));
        assertThat(updatedOfFirstEntry(first)).isEqualTo("2024-12-02T00:00:00Z");

        // Every seed report is from the same day: one fewer changes the entry but not its newest report.
        try (var files = Files.list(archive.articles())) {
            Files.delete(files.sorted().toList().get(0));
        }
        Site changed = build(archive.content(), temp.resolve("changed"), base, again);
        assertThat(updatedOfFirstEntry(changed)).isEqualTo(PublishedBuilds.NOW.toString());
        assertThat(changed.pages().document("feed.xml").selectFirst("entry > id").text())
                .isEqualTo(first.pages().document("feed.xml").selectFirst("entry > id").text());

        Site unchanged = build(archive.content(), temp.resolve("unchanged"), base, changed);
        assertThat(updatedOfFirstEntry(unchanged)).isEqualTo(PublishedBuilds.NOW.toString());
        assertThat(unchanged.api("stories.json").get(0).path("updated").asText()).isEqualTo(PublishedBuilds.NOW.toString());
    }

    private static String updatedOfFirstEntry(Site site) {
        return site.pages().document("feed.xml").selectFirst("entry > updated").text();
    }

    private static List<String> feeds(Site site) {
        return site.pages().files().stream().filter(file -> file.endsWith("feed.xml")).toList();
    }

    private static Set<String> ids(Site site) {
        Set<String> ids = new HashSet<>();
        for (String feed : feeds(site)) {
            ids.addAll(site.pages().document(feed).select("id").eachText());
        }
        return ids;
    }
}
