package org.briefing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.Archive;
import org.briefing.config.SiteConfig;
import org.briefing.problems.ProblemsFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedPageLoadingTest {

    @TempDir
    Path root;

    private static final String PAGE = "<html><head><meta property=\"og:title\" content=\"Rebels enter Aleppo\">"
            + "<meta property=\"og:site_name\" content=\"Example News\"></head><body><article>"
            + "<p>Rebels entered the northern city on Friday, residents and a war monitor said, in the largest advance in years.</p>"
            + "<p>Government forces withdrew to the south overnight, the monitor said, leaving checkpoints behind them.</p>"
            + "</article></body></html>";

    private LoadedArchive load(Archive archive) {
        return new ContentLoader(SiteConfig.defaults()).loadArticles(archive.paths());
    }

    @Test
    void loadsASavedPageWithTheFactsItStates() {
        Article article = load(Archive.in(root).article("aleppo.html", PAGE)).articles().get(0);
        assertThat(article.format()).isEqualTo(SourceFormat.HTML);
        assertThat(article.declared().title()).contains("Rebels enter Aleppo");
        assertThat(article.declared().source()).contains("Example News");
        assertThat(article.blocks()).hasSize(2);
    }

    @Test
    void carriesTheUpdateDateSectionAndLanguageThePageStates() {
        String page = PAGE.replace("<html>", "<html lang=\"en-GB\">").replace("</head>",
                "<meta property=\"article:modified_time\" content=\"2024-12-01\"><meta property=\"article:section\" content=\"World\"></head>");
        FrontMatter declared = load(Archive.in(root).article("aleppo.html", page)).articles().get(0).declared();
        assertThat(declared.updated()).contains(PublicationDate.ofDay(java.time.LocalDate.of(2024, 12, 1)));
        assertThat(declared.section()).contains("World");
        assertThat(declared.language()).contains(new LanguageTag("en-GB"));
    }

    @Test
    void takesALanguageThatIsNoTagForNotStated() {
        String page = PAGE.replace("<html>", "<html lang=\"{{ site.lang }}\">");
        assertThat(load(Archive.in(root).article("aleppo.html", page)).articles().get(0).declared().language()).isEmpty();
    }

    @Test
    void aSidecarOverridesThePage() {
        Article article = load(Archive.in(root).article("aleppo.html", PAGE)
                .article("aleppo.yml", "title: Aleppo falls to rebels\ndate: 2024-11-29\nsection: Opinion\nlanguage: fr\n")).articles().get(0);
        assertThat(article.declared().title()).contains("Aleppo falls to rebels");
        assertThat(article.declared().section()).contains("Opinion");
        assertThat(article.declared().language()).contains(new LanguageTag("fr"));
        assertThat(article.declared().source()).contains("Example News");
        assertThat(article.declared().date()).isPresent();
    }

    @Test
    void aBadPageIsLeftOutOnlyWhenTheBuildIsAskedToGoOnWithoutIt() {
        Archive archive = Archive.in(root).article("aleppo.html", PAGE)
                .article("login.html", "<html><body><form><input name=user></form><a href=\"/\">Home</a></body></html>");
        assertThatThrownBy(() -> load(archive)).isInstanceOf(ProblemsFound.class).hasMessageContaining("login.html");
        LoadedArchive loaded = new ContentLoader(SiteConfig.defaults().withSkipBadArticles(true)).loadArticles(archive.paths());
        assertThat(loaded.articles()).extracting(article -> article.id().value()).containsExactly("aleppo");
        assertThat(loaded.warnings()).extracting(org.briefing.problems.Problem::describe)
                .anyMatch(warning -> warning.contains("login.html") && warning.contains("built without this article"));
    }

    @Test
    void aHugePageIsAProblemNamingTheFile() throws Exception {
        Path huge = root.resolve("huge.html");
        byte[] filler = new byte[(int) HtmlPageReader.MAX_PAGE_BYTES + 1];
        java.util.Arrays.fill(filler, (byte) ' ');
        Files.write(huge, filler);
        assertThatThrownBy(() -> new HtmlPageReader(java.time.ZoneOffset.UTC).read(huge, "content/articles/huge.html"))
                .isInstanceOf(ProblemsFound.class)
                .hasMessageContaining("content/articles/huge.html").hasMessageContaining("larger than 15 MB");
    }

    @Test
    void aBadPageIsAProblemNamingTheFileAndIsLeftAsItIs() throws Exception {
        Archive archive = Archive.in(root).article("empty-page.html", "<html><body><a href=\"/\">Home</a></body></html>");
        Path file = archive.content().resolve("articles/empty-page.html");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> load(archive)).isInstanceOf(ProblemsFound.class)
                .hasMessageContaining("empty-page.html").hasMessageContaining("holds no article");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
