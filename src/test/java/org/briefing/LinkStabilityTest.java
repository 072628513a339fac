package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.PublishedBuilds.archiveOf;
import static org.briefing.PublishedBuilds.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.PublishedBuilds.Site;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 4: a published address keeps working when the archive changes. Each case builds
 * twice (or three times), each build reading the one before as {@code build --previous} does, and
 * looks at the second site's pages, redirects and API. The archives are the golden Markdown case
 * (a NAACP story and a Trump story, three outlets each) and the five seed articles.
 */
class LinkStabilityTest {

    private static final Path MARKDOWN = TestPaths.projectRoot().resolve("src/test/resources/golden/markdown/content/articles");
    private static final Path SEEDS = TestPaths.projectRoot().resolve("src/test/resources/golden/seeds/content/articles");
    private static final String BASE = "https://example.org/briefing/";
    private static final String HPO = "2010-07-13-hpo-8824d4fb";
    private static final String NYT = "2010-07-13-nyt-5e64563a";
    private static final String FOX = "2010-07-14-fox-93ba0f89";
    private static final String TRUMP_FOX = "2011-04-07-fox-2114860f";

    @Test
    void aFirstBuildNamesAStoryAfterItsHeadline(@TempDir Path temp) {
        Site site = build(archiveOf(temp.resolve("a"), MARKDOWN).content(), temp.resolve("site"), BASE, Optional.empty());
        // the story's headline is the New York Times' title; the founding report (HuffPost's) is not
        assertThat(site.storyOf(HPO)).isEqualTo("2010-07-13-naacp-challenges-tea-party-on-racism");
        assertThat(site.redirects()).isEmpty();
    }

    @Test
    void aReportEarlierThanTheFounderJoinsWithoutMovingTheStory(@TempDir Path temp) throws IOException {
        Archive archive = archiveOf(temp.resolve("a"), MARKDOWN);
        Site first = build(archive.content(), temp.resolve("first"), BASE, Optional.empty());
        // The Times' report again, a day earlier and under another headline: the story's first day
        // and its headline both change.
        String times = Files.readString(archive.articles().resolve(NYT + ".md"), StandardCharsets.UTF_8)
                .replace("date: 2010-07-13", "date: 2010-07-12")
                .replace("N.A.A.C.P. Challenges Tea Party on Racism", "Civil rights group weighs a Tea Party resolution");
        archive.article("2010-07-12-early.md", times);

        Site second = build(archive.content(), temp.resolve("second"), BASE, first);
        Site fresh = build(archive.content(), temp.resolve("fresh"), BASE, Optional.empty());

        String published = first.storyOf(HPO);
        assertThat(second.storyOf("2010-07-12-early")).isEqualTo(published);
        assertThat(second.storyOf(HPO)).isEqualTo(published);
        assertThat(second.has("stories/" + published + "/index.html")).isTrue();
        assertThat(besidesPairs(second)).isEmpty();
        // what the previous site changes: without it the story would have moved
        assertThat(fresh.storyOf(HPO)).isNotEqualTo(published).startsWith("2010-07-12-");
    }

    @Test
    void twoStoriesThatMergeKeepTheLargerOnesAddressAndRedirectTheOther(@TempDir Path temp) throws IOException {
        Archive keyed = archiveOf(temp.resolve("keyed"), MARKDOWN);
        addKey(keyed.articles().resolve(HPO + ".md"), "naacp-resolution");
        addKey(keyed.articles().resolve(NYT + ".md"), "naacp-resolution");
        addKey(keyed.articles().resolve(FOX + ".yml"), "naacp-fox");
        Site first = build(keyed.content(), temp.resolve("first"), BASE, Optional.empty());
        assertThat(first.storyIds()).contains("naacp-resolution", "naacp-fox");

        // Without the keys, the three reports are one story again.
        Path merged = archiveOf(temp.resolve("merged"), MARKDOWN).content();
        Site second = build(merged, temp.resolve("second"), BASE, first);

        assertThat(second.storyOf(FOX)).isEqualTo("naacp-resolution").isEqualTo(second.storyOf(HPO));
        assertThat(besidesPairs(second)).containsExactly(Map.entry("stories/naacp-fox/", "stories/naacp-resolution/"));
        assertRedirectPage(second, "stories/naacp-fox/", BASE + "stories/naacp-resolution/", "/briefing/stories/naacp-resolution/");
        assertThat(second.pages().text("sitemap.xml")).doesNotContain("naacp-fox").contains("stories/naacp-resolution/");

        // A third build carries the redirect on, though nothing moved this time.
        Site third = build(merged, temp.resolve("third"), BASE, second);
        assertThat(third.redirects()).isEqualTo(second.redirects());
        assertThat(third.pages().text("stories/naacp-fox/index.html")).isEqualTo(second.pages().text("stories/naacp-fox/index.html"));
    }

    @Test
    void aStoryThatSplitsLeavesItsAddressWithTheOlderPart(@TempDir Path temp) throws IOException {
        Archive keyed = archiveOf(temp.resolve("keyed"), MARKDOWN);
        try (var files = Files.list(keyed.articles())) {
            for (Path file : files.filter(f -> !f.toString().endsWith(".txt")).toList()) {
                addKey(file, "us-politics");
            }
        }
        Site first = build(keyed.content(), temp.resolve("first"), BASE, Optional.empty());
        assertThat(first.storyIds()).containsExactly("us-politics");

        Site second = build(archiveOf(temp.resolve("split"), MARKDOWN).content(), temp.resolve("second"), BASE, first);

        // three reports each: the tie goes to the story whose first report is older
        assertThat(second.storyOf(HPO)).isEqualTo("us-politics");
        assertThat(second.storyOf(TRUMP_FOX)).isEqualTo("2011-04-07-trump-sends-investigators-to-hawaii-gains-in-gop");
        assertThat(besidesPairs(second)).isEmpty();
    }

    @Test
    void aRenamedRegistryEntryRedirectsEveryAddressItHad(@TempDir Path temp) throws IOException {
        Archive archive = archiveOf(temp.resolve("a"), SEEDS);
        archive.entity("assad.md", ASSAD);
        Site first = build(archive.content(), temp.resolve("first"), BASE, Optional.empty());
        assertThat(first.has("actors/assad/index.html")).isTrue();

        Files.move(archive.content().resolve("entities/assad.md"), archive.content().resolve("entities/bashar-al-assad.md"));
        Site second = build(archive.content(), temp.resolve("second"), BASE, first);
        assertThat(second.redirects()).containsExactly(Map.entry("actors/assad/", "actors/bashar-al-assad/"));
        assertRedirectPage(second, "actors/assad/", BASE + "actors/bashar-al-assad/", "/briefing/actors/bashar-al-assad/");

        // renamed again: both old addresses go straight to the newest, with no chain of refreshes
        Files.move(archive.content().resolve("entities/bashar-al-assad.md"), archive.content().resolve("entities/president-assad.md"));
        Site third = build(archive.content(), temp.resolve("third"), BASE, second);
        assertThat(third.redirects()).isEqualTo(Map.of(
                "actors/assad/", "actors/president-assad/", "actors/bashar-al-assad/", "actors/president-assad/"));
    }

    @Test
    void anEntityMergedIntoAnotherByAnAliasRedirectsToIt(@TempDir Path temp) {
        Archive archive = archiveOf(temp.resolve("a"), SEEDS);
        Site first = build(archive.content(), temp.resolve("first"), BASE, Optional.empty());
        assertThat(first.has("actors/peoples-protection-units/index.html")).isTrue();

        archive.entity("syrian-democratic-forces.md", """
                ---
                name: Syrian Democratic Forces
                type: actor
                kind: organization
                aliases: [SDF, "People's Protection Units", YPG]
                ---
                """);
        Site second = build(archive.content(), temp.resolve("second"), BASE, first);

        assertThat(second.has("actors/peoples-protection-units/index.html")).isTrue();
        assertThat(second.redirects()).containsEntry("actors/peoples-protection-units/", "actors/syrian-democratic-forces/");
        assertRedirectPage(second, "actors/peoples-protection-units/", BASE + "actors/syrian-democratic-forces/",
                "/briefing/actors/syrian-democratic-forces/");
    }

    @Test
    void aRenamedArticleFileRedirectsToTheArticleWithTheSameOriginal(@TempDir Path temp) throws IOException {
        Archive archive = archiveOf(temp.resolve("a"), MARKDOWN);
        Site first = build(archive.content(), temp.resolve("first"), BASE, Optional.empty());
        Files.move(archive.articles().resolve(NYT + ".md"), archive.articles().resolve("naacp-times.md"));
        Files.delete(archive.articles().resolve(TRUMP_FOX + ".md"));

        Site second = build(archive.content(), temp.resolve("second"), BASE, first);

        // the deleted report has nowhere to send its readers
        assertThat(besidesPairs(second)).containsExactly(Map.entry("articles/" + NYT + "/", "articles/naacp-times/"));
        assertRedirectPage(second, "articles/" + NYT + "/", BASE + "articles/naacp-times/", "/briefing/articles/naacp-times/");
        assertThat(second.storyOf("naacp-times")).isEqualTo(first.storyOf(NYT));
    }

    @Test
    void aHiddenEntityLeavesNoRedirect(@TempDir Path temp) {
        Archive archive = archiveOf(temp.resolve("a"), SEEDS);
        Site first = build(archive.content(), temp.resolve("first"), BASE, Optional.empty());
        archive.entity("kremlin.md", "---\nname: Kremlin\ntype: actor\nkind: organization\nhidden: true\n---\n");
        Site second = build(archive.content(), temp.resolve("second"), BASE, first);
        assertThat(first.has("actors/kremlin/index.html")).isTrue();
        assertThat(second.has("actors/kremlin/index.html")).isFalse();
        assertThat(second.redirects()).isEmpty();
    }

    @Test
    void aPreviousSiteCannotPlaceAPageOutsideTheSiteOrOverAPage(@TempDir Path temp) throws IOException {
        Archive archive = archiveOf(temp.resolve("a"), SEEDS);
        Site first = build(archive.content(), temp.resolve("first"), BASE, Optional.empty());
        String story = first.storyIds().get(0);
        Path previous = Files.createDirectories(temp.resolve("previous/api"));
        Files.writeString(previous.resolve("stories.json"), "[]");
        Files.writeString(previous.resolve("redirects.json"), "[{\"from\":\"../../outside/\",\"to\":\"stories/" + story + "/\"},"
                + "{\"from\":\"/etc/\",\"to\":\"stories/" + story + "/\"},"
                + "{\"from\":\"places/syria/\",\"to\":\"stories/" + story + "/\"},"
                + "{\"from\":\"stories/gone/\",\"to\":\"stories/nowhere/\"},"
                + "{\"from\":\"stories/kept/\",\"to\":\"stories/" + story + "/\"}]");

        Site second = build(archive.content(), temp.resolve("second"), BASE, Optional.of(previous.getParent().toString()));

        assertThat(second.redirects()).containsExactly(Map.entry("stories/kept/", "stories/" + story + "/"));
        assertThat(temp.resolve("outside")).doesNotExist();
        assertThat(second.pages().text("places/syria/index.html")).isEqualTo(first.pages().text("places/syria/index.html"));
    }

    @Test
    void buildWarnsAndBuildsWhenThePreviousSiteIsMissing(@TempDir Path temp) {
        Archive archive = archiveOf(temp.resolve("a"), SEEDS);
        Cli build = Cli.run(archive.buildArguments("--previous", temp.resolve("never-built").toString()));
        assertThat(build.exitCode()).isZero();
        assertThat(build.err()).contains("never-built").contains("stories.json").contains("was not found");
        assertThat(archive.out().resolve("api/redirects.json")).hasContent("[]");
    }

    @Test
    void theOutputFolderCanBeItsOwnPreviousSite(@TempDir Path temp) throws IOException {
        Archive archive = archiveOf(temp.resolve("a"), SEEDS);
        archive.entity("assad.md", ASSAD);
        assertThat(Cli.run(archive.buildArguments()).exitCode()).isZero();
        Files.move(archive.content().resolve("entities/assad.md"), archive.content().resolve("entities/bashar-al-assad.md"));

        Cli again = Cli.run(archive.buildArguments("--previous", archive.out().toString()));

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).doesNotContain("Warnings");
        assertThat(archive.out().resolve("api/redirects.json")).content()
                .isEqualTo("[{\"from\":\"actors/assad/\",\"to\":\"actors/bashar-al-assad/\"}]\n");
    }

    private static final String ASSAD = """
            ---
            name: Bashar al-Assad
            type: actor
            kind: person
            aliases: [Assad, al-Assad]
            ---
            Syria's president.
            """;

    /**
     * Pages no API file names still leave a redirect, found from the previous site's sitemap: an
     * entity's later pages when fewer are needed send readers to its first page, and a
     * side-by-side page of a pair no longer shown to its story's comparison.
     */
    @Test
    void aPageOnlyTheSitemapListedGoesToThePageAboveIt(@TempDir Path temp) throws IOException {
        Archive archive = archiveOf(temp.resolve("a"), MARKDOWN).settings("entities_per_page: 1\n");
        Site first = build(archive.content(), temp.resolve("first"), BASE, Optional.empty());
        List<String> laterPages = pagesOf(first).stream().filter(path -> path.matches("(actors|places)/[^/]+/page/2/")).toList();
        assertThat(laterPages).as(first.pages().text("sitemap.xml")).isNotEmpty();

        List<String> pairs = pagesOf(first).stream().filter(path -> path.matches("stories/[^/]+/compare/[^/]+/[^/]+/")).toList();
        assertThat(pairs).isNotEmpty();
        Files.delete(archive.content().resolve("site.yml"));
        // The first report of a pair shown side by side goes (with its sidecar, if any): that pair
        // is gone, though its story still has two reports to compare.
        String gone = pairs.get(0).split("/")[3];
        try (var files = Files.list(archive.articles())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(gone + ".")).toList()) {
                Files.delete(file);
            }
        }
        Site second = build(archive.content(), temp.resolve("second"), BASE, first);

        Map<String, String> redirects = second.redirects();
        for (String page : laterPages) {
            String entity = page.substring(0, page.length() - "page/2/".length());
            assertThat(redirects).containsEntry(page, entity);
            assertRedirectPage(second, page, BASE + entity, "/briefing/" + entity);
        }
        // gone as pages: a redirect is not in the sitemap
        List<String> pairsGone = pairs.stream().filter(path -> !pagesOf(second).contains(path)).toList();
        assertThat(pairsGone).isNotEmpty();
        for (String pair : pairsGone) {
            String comparison = pair.replaceFirst("(stories/[^/]+/compare/).*", "$1");
            String story = pair.replaceFirst("(stories/[^/]+/).*", "$1");
            assertThat(redirects.get(pair)).isIn(comparison, story);
            assertThat(second.has(redirects.get(pair) + "index.html")).isTrue();
        }
        // the deleted report's own page has nowhere to go: it is gone, as its content is
        assertThat(redirects).doesNotContainKey("articles/" + gone + "/");
    }

    /**
     * The site's redirects but those of side-by-side pages, after checking that each of those goes
     * to a comparison or story page the site has: when a story's reports change, the pairs shown
     * side by side change with them, and the old ones send readers to the comparison.
     */
    private static Map<String, String> besidesPairs(Site site) {
        Map<String, String> rest = new java.util.TreeMap<>();
        site.redirects().forEach((from, to) -> {
            if (from.matches("stories/[^/]+/compare/[^/]+/[^/]+/")) {
                assertThat(to).matches("stories/[^/]+/(compare/)?");
                assertThat(site.has(to + "index.html")).as(to).isTrue();
            } else {
                rest.put(from, to);
            }
        });
        return rest;
    }

    /** Every page a site's sitemap lists, relative to its root. */
    private static List<String> pagesOf(Site site) {
        List<String> pages = new java.util.ArrayList<>();
        java.util.regex.Matcher loc = java.util.regex.Pattern.compile("<loc>" + java.util.regex.Pattern.quote(BASE) + "([^<]*)</loc>")
                .matcher(site.pages().text("sitemap.xml"));
        while (loc.find()) {
            pages.add(loc.group(1));
        }
        return pages;
    }

    /** A redirect page as Hugo's aliases write them, with a link for readers whose browser does not refresh. */
    private static void assertRedirectPage(Site site, String path, String canonical, String target) {
        Document page = site.pages().document(path + "index.html");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(canonical);
        assertThat(page.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=" + target);
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("main a").attr("href")).isEqualTo(target);
        assertThat(site.has(target.substring("/briefing/".length()) + "index.html")).as("the target of " + path).isTrue();
    }

    /** Gives a Markdown article (after its front matter's first line) or a sidecar an explicit story key. */
    private static void addKey(Path file, String key) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String keyed = file.toString().endsWith(".md") ? text.replaceFirst("---\n", "---\nstory: " + key + "\n") : text + "story: " + key + "\n";
        Files.writeString(file, keyed, StandardCharsets.UTF_8);
    }
}
