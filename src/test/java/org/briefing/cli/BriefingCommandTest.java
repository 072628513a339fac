package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.briefing.Archive;
import org.briefing.Cli;
import org.briefing.config.SiteConfig;
import org.briefing.content.ContentLoader;
import org.briefing.content.LoadedArchive;
import org.briefing.content.PublicationDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line's promises: exit codes, what is printed where, and when a stack trace shows. */
class BriefingCommandTest {

    @TempDir
    Path root;

    @Test
    void buildsAContentFolderHoldingOnlyArticlesWithTheDefaults() throws IOException {
        Archive archive = Archive.in(root)
                .article("a.md", "---\ntitle: Rebels enter Aleppo\n---\nRebels entered Aleppo.\n")
                .article("b.md", "---\ntitle: Not ready\ndraft: true\n---\nA draft.\n");

        Cli run = Cli.run(archive.buildArguments());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        // a stage of five seconds or more on a busy machine is named above it
        assertThat(run.out()).contains("Built 1 article, 1 story, ");
        // a newcomer is told how to open it: served, not from the file system
        // with the folders as typed where the command runs: here, a temporary folder outside it
        assertThat(run.out()).contains("The site is in " + archive.out() + "/.",
                "serve --content=" + archive.content() + " --out=" + archive.out() + "` and open http://localhost:8080/",
                "opened as files");
        assertThat(Files.readString(archive.out().resolve("index.html"))).contains("<title>Briefing</title>");
        assertThat(archive.out().resolve("articles/a/index.html")).exists();
        assertThat(archive.out().resolve("articles/b")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            build,            false
            build --drafts,   true
            check --drafts,   true
            serve --drafts,   true
            """)
    void includesDraftsOnlyWhenAsked(String arguments, boolean drafts) {
        Archive archive = Archive.in(root);
        CommandLine.ParseResult parsed = BriefingCommand.commandLine()
                .parseArgs((arguments + " --content=" + archive.content()).split(" "));
        Object command = parsed.subcommand().commandSpec().userObject();
        SiteOptions options = command instanceof BuildCommand build ? build.options
                : command instanceof CheckCommand check ? check.options : ((ServeCommand) command).options;
        assertThat(options.config().includeDrafts()).isEqualTo(drafts);
    }

    @Test
    void exitsWithContentProblemsAndWritesNothing() {
        Archive archive = Archive.in(root).article("a.md", "");

        Cli run = Cli.run(archive.buildArguments());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(run.err()).isEqualTo("""
                Found a problem; nothing was written:
                  1. content/articles/a.md: is empty. Paste the article's text into it, or delete the file.
                """);
        assertThat(run.out()).isEmpty();
        assertThat(archive.out()).doesNotExist();
    }

    @Test
    void findsAMissingTemplatesFolderBeforeReadingTheContent() {
        // The article is broken too: were the content read first, its problem would be the one told.
        Archive archive = Archive.in(root).article("a.md", "");

        Cli run = Cli.run("build", "--content=" + archive.content(), "--templates=" + root.resolve("no-templates"),
                "--out=" + archive.out());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(run.err()).contains("The templates folder does not exist.").doesNotContain("a.md");
        assertThat(archive.out()).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # arguments                     | first line of standard error
            build --bogus                   | Unknown option: '--bogus'
            build --content                 | Missing required parameter for option '--content' (DIR)
            build --base-url=/a?b           | Invalid value for option '--base-url': `/a?b` must be a path such as /briefing/ or an http(s) URL
            serve --port=eighty             | Invalid value for option '--port': 'eighty' is not an int
            publish                         | Unmatched argument at index 0: 'publish'
            new                             | Missing required parameter: 'TITLE'
            new X --date=2024-13-01         | Invalid value for option '--date': cannot convert '2024-13-01' to class java.time.LocalDate
            new X --url=javascript:alert(1) | Invalid value for option '--url': `javascript:alert(1)` is not a web address; give the original's full address, starting with https:// or http://
            """)
    void exitsWithUsageErrorForABadCommandLine(String arguments, String firstLine) {
        Cli run = Cli.run(arguments.split(" "));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().findFirst()).hasValueSatisfying(line -> assertThat(line).startsWith(firstLine));
        assertThat(run.err()).contains("Usage: briefing");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void listsEverySettingWithItsValueAndBuildsNothing() {
        Archive archive = Archive.in(root).settings("title: Syria briefing\nbase_url: briefing\ntime_zone: Europe/London\n");

        Cli run = Cli.run(archive.buildArguments("--list-settings"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("""
                title                Syria briefing               Site title, shown in the header, the browser tab and feeds.
                description                                       One sentence about the archive, shown on the home page and in feeds.
                base_url             /briefing/                   Where the site is served: / or /REPO/ for GitHub Pages project sites, or a full https:// URL.
                language             en                           Language of the pages as a BCP 47 tag (en, en-GB, fr); sets <html lang> and date names.
                time_zone            Europe/London                Time zone for dates and times shown on pages (e.g. UTC, Europe/London).
                stories_per_page     20                           How many stories the home page and its following pages list.
                entities_per_page    50                           How many stories or articles an actor or place page lists before paging.
                markdown_extensions  [autolink, tables, typographic] Markdown extensions to enable: any of tables, autolink, typographic.
                """);
        assertThat(archive.out()).doesNotExist();
    }

    @Test
    void listsTheBaseUrlGivenOnTheCommandLine() {
        Archive archive = Archive.in(root).settings("base_url: /from-settings/\n");

        Cli run = Cli.run(archive.buildArguments("--list-settings", "--base-url=https://example.org/briefing"));

        assertThat(run.out()).contains("base_url             https://example.org/briefing/ ");
    }

    @Test
    void refusesToListSettingsFromABadSiteYml() {
        Archive archive = Archive.in(root).settings("titel: Syria briefing\n");

        Cli run = Cli.run(archive.buildArguments("--list-settings"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(run.err()).contains("1. content/site.yml:1: has an unknown setting `titel`. Did you mean `title`?");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void createsANewArticleAndRefusesToOverwriteIt() throws IOException {
        Path content = root.resolve("content");
        String[] arguments = {"new", "Rebels: take \"Aleppo\"", "--source=Example Wire", "--url=https://example.org/a",
            "--date=2024-12-02", "--content=" + content};
        Path file = content.resolve("articles/2024-12-02-rebels-take-aleppo.md");

        Cli first = Cli.run(arguments);

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).isEqualTo("Created " + file + ". Paste the article's text below its front matter.\n");
        assertThat(Files.readString(file)).isEqualTo("""
                ---
                title: "Rebels: take \\"Aleppo\\""
                source: "Example Wire"
                url: "https://example.org/a"
                date: 2024-12-02
                ---

                """);

        Files.writeString(file, "---\ntitle: Edited\n---\nThe text the user pasted.\n");
        Cli second = Cli.run(arguments);

        assertThat(second.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(second.err()).isEqualTo("Found a problem; nothing was written:\n  1. " + file
                + ": already exists; it was left as it is. Choose another title, or edit that file.\n");
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: Edited\n---\nThe text the user pasted.\n");
    }

    @Test
    void writesANewArticleTheLoaderAcceptsOnceItHasText() throws IOException {
        Archive archive = Archive.in(root);
        Cli.run("new", "Army: regroups near \"Hama\"", "--date=2024-12-03", "--content=" + archive.content());
        Path file = archive.articles().resolve("2024-12-03-army-regroups-near-hama.md");
        Files.writeString(file, Files.readString(file) + "The army regrouped near Hama.\n");

        LoadedArchive loaded = new ContentLoader(SiteConfig.defaults()).loadArticles(archive.paths());

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.articles()).singleElement().satisfies(article -> {
            assertThat(article.declared().title()).contains("Army: regroups near \"Hama\"");
            assertThat(article.declared().date()).contains(PublicationDate.ofDay(LocalDate.of(2024, 12, 3)));
        });
    }

    /** Stands for a bug: fails in a way no content explains. */
    @Command(name = "fail")
    static final class FailingCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the build broke", new ArithmeticException("/ by zero"));
        }
    }

    private static CommandLine withFailingCommand() {
        CommandLine line = BriefingCommand.commandLine();
        line.addSubcommand(new CommandLine(new FailingCommand()));
        return line;
    }

    @Test
    void reportsAnInternalErrorInOneLineWithoutVerbose() {
        Cli run = Cli.run(withFailingCommand(), "fail");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.err()).isEqualTo("""
                error: java.lang.IllegalStateException: the build broke
                Run again with --verbose to see where it happened.
                """);
    }

    @Test
    void showsTheStackTraceOfAnInternalErrorWithVerbose() {
        Cli run = Cli.run(withFailingCommand(), "--verbose", "fail");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.err()).startsWith("error: java.lang.IllegalStateException: the build broke\n")
                .contains("\tat org.briefing.cli.BriefingCommandTest$FailingCommand.call(",
                        "Caused by: java.lang.ArithmeticException: / by zero")
                .doesNotContain("Run again with --verbose");
    }

    @Test
    void neverShowsAStackTraceForContentProblems() {
        Archive archive = Archive.in(root).article("a.md", "");

        Cli run = Cli.run(archive.buildArguments("--verbose"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
    }
}
