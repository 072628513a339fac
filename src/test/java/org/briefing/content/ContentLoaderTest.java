package org.briefing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.briefing.Archive;
import org.briefing.config.SiteConfig;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentLoaderTest {

    @TempDir
    Path root;

    private LoadedArchive load(Archive archive) {
        return new ContentLoader(SiteConfig.defaults()).loadArticles(archive.paths());
    }

    private Article only(Archive archive) {
        LoadedArchive loaded = load(archive);
        assertThat(loaded.articles()).hasSize(1);
        return loaded.articles().get(0);
    }

    @Test
    void loadsMarkdownWithFrontMatterAndNumbersBodyLinesInTheFile() {
        Article article = only(Archive.in(root).article("2024/aleppo.md", """
                ---
                title: Rebels enter Aleppo
                date: 2024-12-02
                ---
                Rebels entered Aleppo, residents said.

                The army withdrew.
                """));
        assertThat(article.id()).isEqualTo(new ArticleId("aleppo"));
        assertThat(article.file()).isEqualTo("content/articles/2024/aleppo.md");
        assertThat(article.format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(article.declared().title()).contains("Rebels enter Aleppo");
        assertThat(article.blocks()).extracting(Block::line).containsExactly(5, 7);
    }

    @Test
    void readsMarkdownWithoutFrontMatterAsBody() {
        Article article = only(Archive.in(root).article("a.markdown", "# Rebels enter Aleppo\n\nText.\n"));
        assertThat(article.declared()).isEqualTo(FrontMatter.EMPTY);
        assertThat(article.blocks()).extracting(Block::text).containsExactly("Rebels enter Aleppo", "Text.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.yml", "a.yaml"})
    void readsASidecarNextToPastedText(String sidecar) {
        Article article = only(Archive.in(root)
                .article("a.txt", "Rebels enter Aleppo\nRebels entered Aleppo, residents said.\n")
                .article(sidecar, "source: Example Wire\ndate: 2024-12-02\ntags: Aleppo, Syria\n"));
        assertThat(article.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(article.declared().source()).contains("Example Wire");
        assertThat(article.declared().date()).contains(PublicationDate.ofDay(LocalDate.of(2024, 12, 2)));
        assertThat(article.declared().tags()).containsExactly("Aleppo", "Syria");
    }

    @Test
    void warnsAboutSidecarsAndFilesItIgnores() {
        LoadedArchive loaded = load(Archive.in(root)
                .article("z-notes.pdf", "%PDF")
                .article("a.md", "Text.\n")
                .article("orphan.yml", "source: Example Wire\n")
                .article("b.md", "---\ndat: 2024-12-02\n---\nText.\n"));
        assertThat(loaded.articles()).extracting(Article::id).extracting(ArticleId::value).containsExactly("a", "b");
        assertThat(loaded.warnings()).extracting(Problem::describe).containsExactly(
                "content/articles/b.md:2: warning: has an unknown field `dat`; it is ignored. Did you mean `date`?",
                "content/articles/orphan.yml: warning: is a sidecar file, but there is no orphan.txt or orphan.html next to it; "
                        + "it is ignored. Name it after the .txt or .html article it describes (NAME.yml next to NAME.txt).",
                "content/articles/z-notes.pdf: warning: is not an article (.md, .txt or .html) and is ignored.");
    }

    @Test
    void stopsOnABadArticleUnlessAskedToBuildWithoutIt() {
        Archive archive = Archive.in(root)
                .article("bad.md", "---\ndate: not a date\n---\nText.\n")
                .article("good.md", "Good.\n");
        assertThatThrownBy(() -> load(archive))
                .isInstanceOf(ProblemsFound.class);
        LoadedArchive loaded = new ContentLoader(SiteConfig.defaults().withSkipBadArticles(true)).loadArticles(archive.paths());
        assertThat(loaded.articles()).extracting(a -> a.id().value()).containsExactly("good");
        assertThat(loaded.warnings()).extracting(Problem::describe)
                .anyMatch(warning -> warning.contains("bad.md") && warning.contains("built without this article"));
    }

    @Test
    void leavesOutDraftsUnlessAskedFor() {
        Archive archive = Archive.in(root)
                .article("draft.md", "---\ndraft: true\n---\nNot ready.\n")
                .article("ready.md", "---\ndraft: false\n---\nReady.\n");
        assertThat(load(archive).articles()).extracting(a -> a.id().value()).containsExactly("ready");
        assertThat(new ContentLoader(SiteConfig.defaults().withIncludeDrafts(true)).loadArticles(archive.paths()).articles())
                .extracting(a -> a.id().value()).containsExactly("draft", "ready");
    }

    @Test
    void skipsHiddenFilesAndFolders() {
        LoadedArchive loaded = load(Archive.in(root)
                .article("a.md", "Text.\n")
                .article(".DS_Store", "\0\0")
                .article(".drafts/b.md", "Text.\n")
                .article(".#a.md", "lock"));
        assertThat(loaded.articles()).extracting(a -> a.id().value()).containsExactly("a");
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void sortsArticlesById() {
        LoadedArchive loaded = load(Archive.in(root).article("c.md", "C.\n").article("z/a.md", "A.\n").article("b.txt", "B.\n"));
        assertThat(loaded.articles()).extracting(a -> a.id().value()).containsExactly("a", "b", "c");
    }

    @Test
    void readsFilesThatStartWithAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        LoadedArchive loaded = load(Archive.in(root)
                .articleBytes("a.md", concat(bom, "---\ntitle: Rebels enter Aleppo\n---\nText.\n"))
                .articleBytes("b.txt", concat(bom, "Army regroups\nThe army regrouped.\n")));
        assertThat(loaded.articles().get(0).declared().title()).contains("Rebels enter Aleppo");
        assertThat(loaded.articles().get(1).blocks().get(0).text()).isEqualTo("Army regroups");
    }

    @Test
    void readsWindowsLineEnds() {
        Article article = only(Archive.in(root).article("a.md", "---\r\ntitle: Rebels enter Aleppo\r\n---\r\nText.\r\n\r\nMore.\r\n"));
        assertThat(article.declared().title()).contains("Rebels enter Aleppo");
        assertThat(article.blocks()).extracting(Block::text).containsExactly("Text.", "More.");
    }

    @Test
    void namesAMissingArticlesFolder() {
        Archive archive = Archive.in(root);
        archive.articles().toFile().delete();
        assertThatThrownBy(() -> load(archive)).isInstanceOfSatisfying(ProblemsFound.class, e ->
                assertThat(e.problems()).extracting(Problem::describe).containsExactly(
                        "content/articles: The articles folder does not exist. Create it and put articles in it as .md, .txt or .html files."));
    }

    private static byte[] concat(byte[] first, String text) {
        byte[] rest = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
