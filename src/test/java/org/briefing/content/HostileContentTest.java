package org.briefing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.Archive;
import org.briefing.config.SiteConfig;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hostile and careless inputs of issue 10 that the loader must report, not crash on or publish. */
class HostileContentTest {

    private static final String ARTICLE = "---\ntitle: T\ndate: 2024-12-02\n---\nText of the article.\n";

    @TempDir
    Path root;

    private LoadedArchive load(Archive archive) {
        return new ContentLoader(SiteConfig.defaults()).loadArticles(archive.paths());
    }

    private List<Problem> errorsOf(Archive archive) {
        return catchThrowableOfType(() -> load(archive), ProblemsFound.class).problems();
    }

    /** Item 4: `ln -s /etc/passwd content/articles/x.txt` put the password file on a page. */
    @Test
    void refusesALinkToAFileOutsideContent() throws IOException {
        Path outside = Files.writeString(root.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash\n");
        Archive archive = Archive.in(root.resolve("p")).article("a.md", ARTICLE);
        Files.createSymbolicLink(archive.articles().resolve("x.txt"), outside);

        assertThat(errorsOf(archive)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("content/articles/x.txt");
            assertThat(problem.message()).contains("link to a file outside content/");
        });
    }

    /** Item 4: a symlinked `articles/` folder built an empty site with exit 0. */
    @Test
    void refusesAnArticlesFolderThatLinksOutOfContent() throws IOException {
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("a.md"), ARTICLE);
        Archive archive = Archive.in(root.resolve("p")).settings("title: T\n");
        Files.deleteIfExists(archive.articles());
        Files.createSymbolicLink(archive.articles(), elsewhere);

        assertThat(errorsOf(archive)).extracting(Problem::message).anyMatch(m -> m.contains("outside content/"));
    }

    @Test
    void readsALinkToAnArticleInsideContent() throws IOException {
        Archive archive = Archive.in(root).article("a.md", ARTICLE);
        Files.createDirectories(archive.content().resolve("drafts"));
        Path target = Files.writeString(archive.content().resolve("drafts/b.md"), ARTICLE);
        Files.createSymbolicLink(archive.articles().resolve("b.md"), target);

        assertThat(load(archive).articles()).extracting(a -> a.id().value()).containsExactly("a", "b");
    }

    /** Item 20: dangling links, link loops and folder links were skipped in silence. */
    @Test
    void saysWhichLinksItSkipsAndWhy() throws IOException {
        Archive archive = Archive.in(root).article("a.md", ARTICLE);
        Files.createSymbolicLink(archive.articles().resolve("dangling.md"), root.resolve("nothing.md"));
        Files.createSymbolicLink(archive.articles().resolve("loop.md"), archive.articles().resolve("loop.md"));
        Files.createDirectories(archive.content().resolve("more"));
        Files.createSymbolicLink(archive.articles().resolve("folder"), archive.content().resolve("more"));

        LoadedArchive loaded = load(archive);

        assertThat(loaded.articles()).hasSize(1);
        assertThat(loaded.warnings()).extracting(Problem::file).contains("content/articles/dangling.md",
                "content/articles/loop.md", "content/articles/folder");
    }

    @Test
    void saysItSkipsAFifo() throws Exception {
        Archive archive = Archive.in(root).article("a.md", ARTICLE);
        Process mkfifo = new ProcessBuilder("mkfifo", archive.articles().resolve("p.md").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");

        assertThat(load(archive).warnings()).extracting(Problem::message).anyMatch(m -> m.contains("not a regular file"));
    }

    /** Item 20: `..x.md` was skipped in silence. */
    @Test
    void saysItSkipsAHiddenArticle() {
        Archive archive = Archive.in(root).article("a.md", ARTICLE).article("..x.md", ARTICLE);

        assertThat(load(archive).warnings()).extracting(Problem::file).contains("content/articles/..x.md");
    }

    /** Item 20: a second sidecar `x.yaml` beside `x.yml` was ignored in silence. */
    @Test
    void saysASecondSidecarIsNotRead() {
        Archive archive = Archive.in(root).article("x.txt", "Title\n\nText of the article.\n")
                .article("x.yml", "title: One\n").article("x.yaml", "title: Two\n");

        assertThat(load(archive).warnings()).extracting(Problem::file).contains("content/articles/x.yaml");
    }

    /** Item 7: these names made the build exit 3 ("not an article id"). */
    @ParameterizedTest
    @ValueSource(strings = {" .md", "a\\b.md", "tab\there.md"})
    void refusesAFileNameThatCannotBeAnId(String name) {
        Archive archive = Archive.in(root).article("a.md", ARTICLE).article(name, ARTICLE);

        assertThat(errorsOf(archive)).singleElement().satisfies(problem -> {
            // shown with `/` for `\\`, as every path is shown
            assertThat(problem.file()).endsWith(name.replace('\\', '/'));
            assertThat(problem.message()).contains("cannot be an article id");
        });
    }

    /** Item 7: dates whose year leaves 1..9999 in the site's zone made the build exit 3. */
    @ParameterizedTest
    @ValueSource(strings = {"9999-12-31T23:30:00-14:00", "0000-01-01T00:10:00+14:00"})
    void refusesADateOutsideFourDigitYears(String date) {
        Archive archive = Archive.in(root).article("a.md", "---\ntitle: T\ndate: " + date + "\n---\nText.\n");

        assertThat(errorsOf(archive)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("content/articles/a.md");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("outside the years 0001 to 9999");
        });
    }

    /** Item 11: U+0001, U+0008 and U+001B made feed.xml malformed and reached the HTML. */
    @Test
    void removesControlCharactersAndSaysSo() {
        Archive archive = Archive.in(root).article("a.md", "---\ntitle: \"T\u0008itle\"\ndate: 2024-12-02\n---\nText \u0001of the \u001b[2Jarticle.\n");

        LoadedArchive loaded = load(archive);

        Article article = loaded.articles().get(0);
        assertThat(article.declared().title()).contains("Title");
        assertThat(article.blocks().get(0).text()).isEqualTo("Text of the [2Jarticle.");
        assertThat(loaded.warnings()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("3 control characters", "U+0008");
        });
    }

    /**
     * Item 6: deep nesting overflowed the stack and printed a 1,024-line JVM trace with no file.
     * The loader now limits nesting before the parsers recurse, and names the line.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tags     | 4 | nests lists or mappings more than 20 levels deep
            quotes   | 6 | more than 50 levels deep
            lists    | 0 | more than 50 levels deep
            emphasis | 6 | more than 256 `*` in a row
            strong   | 6 | more than 50 levels deep
            """)
    void refusesNestingTooDeepNamingTheFileAndLine(String kind, int line, String message) {
        String text = switch (kind) {
            case "tags" -> "---\ntitle: T\ndate: 2024-12-02\ntags: " + "[".repeat(2_000) + "\n---\nText.\n";
            case "quotes" -> ARTICLE + ">".repeat(1_000) + " deep\n";
            case "lists" -> ARTICLE + nestedList(1_000);
            case "emphasis" -> ARTICLE + "*".repeat(5_000) + "x" + "*".repeat(5_000) + "\n";
            default -> ARTICLE + "**".repeat(60) + "x" + "**".repeat(60) + "\n";
        };
        Archive archive = Archive.in(root).article("a.md", ARTICLE).article("deep.md", text);

        assertThat(errorsOf(archive)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("content/articles/deep.md");
            if (line > 0) {
                assertThat(problem.line()).isEqualTo(line);
            } else {
                // in the list, where its 26th level opens
                assertThat(problem.line()).isBetween(6, 6 + 1_000);
            }
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void readsNestingArticlesReallyHave() {
        Archive archive = Archive.in(root).article("a.md", ARTICLE + "> quoted\n> > and quoted again\n\n"
                + nestedList(5) + "\n**bold _and *both*_**\n\n" + "-".repeat(80) + "\n\nEnd.\n");

        assertThat(load(archive).articles()).hasSize(1);
    }

    private static String nestedList(int depth) {
        StringBuilder list = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            list.append("  ".repeat(level)).append("- item\n");
        }
        return list.toString();
    }

    /** Item 17: these fences were published as text, with a warning about removed HTML. */
    @ParameterizedTest
    @ValueSource(strings = {"lone CR", "CRLF", "trailing space"})
    void readsFrontMatterWithOtherLineEndingsAndSpacesAfterTheFence(String kind) {
        String text = switch (kind) {
            case "lone CR" -> ARTICLE.replace('\n', '\r');
            case "CRLF" -> ARTICLE.replace("\n", "\r\n");
            default -> ARTICLE.replaceFirst("---\n", "--- \t\n").replace("\n---\n", "\n---  \n");
        };
        LoadedArchive loaded = load(Archive.in(root).article("a.md", text));

        Article article = loaded.articles().get(0);
        assertThat(article.declared().title()).contains("T");
        assertThat(article.blocks()).extracting(Block::text).containsExactly("Text of the article.");
        assertThat(article.blocks().get(0).line()).isEqualTo(5);
        assertThat(loaded.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '----\ntitle: T\n----\nText.\n' | 1 | opens front matter with `----` (4 dashes)
            '---\ntitle: T\n-----\nText.\n' | 3 | closes front matter with `-----` (5 dashes)
            """)
    void refusesFencesOfMoreThanThreeDashesNamingTheLine(String text, int line, String message) {
        Archive archive = Archive.in(root).article("a.md", text.replace("\\n", "\n"));

        assertThat(errorsOf(archive)).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains(message, "exactly three");
        });
    }

    @Test
    void readsABodyThatOpensWithARule() {
        Archive archive = Archive.in(root).article("a.md", "----\n\nText of the article.\n\n----\n");

        assertThat(load(archive).articles()).singleElement()
                .satisfies(article -> assertThat(article.blocks()).extracting(Block::text).containsExactly("Text of the article."));
    }

    /** Item 20: the tag `.` was dropped in silence. */
    @Test
    void saysItIgnoresATagWithNoLettersOrDigits() {
        Archive archive = Archive.in(root).article("a.md", "---\ntitle: T\ndate: 2024-12-02\ntags: [., Aleppo, \"..\"]\n---\nText.\n");

        LoadedArchive loaded = load(archive);

        assertThat(loaded.articles().get(0).declared().tags()).containsExactly("Aleppo");
        assertThat(loaded.warnings()).extracting(Problem::line, Problem::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(4, "has the tag `.`, which has no letters or digits; it is ignored."),
                org.assertj.core.groups.Tuple.tuple(4, "has the tag `..`, which has no letters or digits; it is ignored."));
    }

    /** Item 16: `coordinates: [NaN, 36.6]` put a marker at 0,0 and "NaN" in the JSON. */
    @ParameterizedTest
    @ValueSource(strings = {"[NaN, 36.6]", "[36.6, NaN]", "[Infinity, 36.6]"})
    void refusesCoordinatesThatAreNotNumbers(String coordinates) {
        Archive archive = Archive.in(root).article("a.md", ARTICLE)
                .entity("homs.md", "---\nname: Homs\ntype: place\nkind: city\ncoordinates: " + coordinates + "\n---\nA city.\n");

        List<Problem> problems = catchThrowableOfType(() -> new RegistryLoader(SiteConfig.defaults()).loadRegistry(archive.paths()),
                ProblemsFound.class).problems();

        assertThat(problems).extracting(Problem::message).anyMatch(m -> m.contains("not a point on Earth"));
    }
}
