package org.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page and index as built: what a reader without JavaScript gets, and what a rebuild rewrites. */
class SearchPageTest {

    @TempDir
    Path temp;

    @Test
    void withoutJavaScriptThePageSaysSoAndLinksToTheArchiveAndTheIndexes() throws IOException {
        TestSites.Built site = TestSites.shared(SearchBrowserIT.searchContent(), "/briefing/");
        Document page = Jsoup.parse(Files.readString(site.folder().resolve("search/index.html")));

        Element needsScript = page.getElementById("search-needs-script");
        assertThat(needsScript.hasAttr("hidden")).isFalse();
        assertThat(needsScript.text()).contains("Search needs JavaScript");
        assertThat(needsScript.select("a").eachAttr("href")).containsExactly(
                "/briefing/archive/", "/briefing/stories/", "/briefing/actors/", "/briefing/places/", "/briefing/sources/");
        assertThat(page.getElementById("search-form").hasAttr("hidden")).as("the form shows once the script runs").isTrue();
        assertThat(page.getElementById("search").attr("data-index")).isEqualTo("/briefing/search/");
        assertThat(page.select("label[for=search-q], label[for=search-outlet], label[for=search-actor], "
                + "label[for=search-place], label[for=search-from], label[for=search-to]")).hasSize(6);
        assertThat(page.getElementById("search-status").attr("aria-live")).isEqualTo("polite");
    }

    @Test
    void everyPageHasASearchBoxThatSendsItsQueryToTheSearchPage() throws IOException {
        TestSites.Built site = TestSites.shared(SearchBrowserIT.searchContent(), "/briefing/");
        for (String file : site.htmlFiles()) {
            if (file.equals("404.html")) {
                continue;
            }
            Element form = Jsoup.parse(Files.readString(site.folder().resolve(file))).selectFirst("header form[role=search]");
            assertThat(form).as(file).isNotNull();
            assertThat(form.attr("action")).as(file).isEqualTo("/briefing/search/");
            assertThat(form.select("input[name=q]").attr("id")).isEqualTo("site-search-q");
            assertThat(form.select("label[for=site-search-q]").text()).isEqualTo("Search the archive");
        }
    }

    /** A rebuild must not rewrite the index files of what did not change (issue 9's incremental build). */
    @Test
    void aRebuildAfterOneEditRewritesOnlyTheIndexFilesItChanged() throws IOException {
        Path content = TestSites.copyTree(SearchBrowserIT.searchContent(), temp.resolve("content"));
        Path out = temp.resolve("site");
        assertThat(TestSites.runBuild(content, out).exitCode()).isZero();
        Map<String, Object> before = inodes(out.resolve("search"));

        assertThat(TestSites.runBuild(content, out).exitCode()).isZero();
        assertThat(inodes(out.resolve("search"))).as("nothing changed, nothing rewritten").isEqualTo(before);

        Path edited = content.resolve("articles/2024-12-06-meridian-convoys.md");
        Files.writeString(edited, Files.readString(edited) + "\nEngineers restored the pumping station by Sunday.\n");
        assertThat(TestSites.runBuild(content, out).exitCode()).isZero();
        Map<String, Object> after = inodes(out.resolve("search"));

        List<String> rewritten = after.keySet().stream().filter(path -> !after.get(path).equals(before.get(path))).toList();
        assertThat(rewritten).contains("docs/articles/0/3.bin", "terms/t.bin")
                .doesNotContain("docs/articles/0/0.bin", "docs/articles/0/1.bin", "docs/articles/0/2.bin",
                        "docs/outlets/0/0.bin", "docs/places/0/0.bin");
    }

    private static Map<String, Object> inodes(Path folder) throws IOException {
        Map<String, Object> inodes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                inodes.put(folder.relativize(file).toString(), Files.getAttribute(file, "unix:ino"));
            }
        }
        return inodes;
    }
}
