package org.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {

    private static SiteConfig load(String yaml) {
        return new ConfigLoader().fromYaml(YamlDocument.parse(yaml, "content/site.yml", 1));
    }

    /** Problems as the CLI shows them. */
    private static List<String> problemsOf(String yaml) {
        try {
            load(yaml);
        } catch (ProblemsFound e) {
            return e.problems().stream().map(Problem::describe).toList();
        }
        throw new AssertionError("no problem found in " + yaml);
    }

    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of("title: Syria briefing", (Function<SiteConfig, Object>) SiteConfig::title, "Syria briefing"),
                Arguments.of("description: 'Reports on Syria: who said what'", (Function<SiteConfig, Object>) SiteConfig::description,
                        "Reports on Syria: who said what"),
                Arguments.of("base_url: /briefing/", (Function<SiteConfig, Object>) SiteConfig::baseUrl, new BaseUrl("/briefing/")),
                Arguments.of("language: en-GB", (Function<SiteConfig, Object>) SiteConfig::locale, Locale.UK),
                Arguments.of("language: fr", (Function<SiteConfig, Object>) SiteConfig::languageTag, "fr"),
                Arguments.of("time_zone: Europe/London", (Function<SiteConfig, Object>) SiteConfig::timeZone, ZoneId.of("Europe/London")),
                Arguments.of("time_zone: '+03:00'", (Function<SiteConfig, Object>) SiteConfig::timeZone, ZoneId.of("+03:00")),
                Arguments.of("stories_per_page: 5", (Function<SiteConfig, Object>) SiteConfig::storiesPerPage, 5),
                Arguments.of("entities_per_page: 10000", (Function<SiteConfig, Object>) SiteConfig::entitiesPerPage, 10_000),
                Arguments.of("markdown_extensions: [tables]", (Function<SiteConfig, Object>) SiteConfig::markdownExtensions,
                        Set.of(MarkdownExtension.TABLES)),
                Arguments.of("markdown_extensions: tables, autolink", (Function<SiteConfig, Object>) SiteConfig::markdownExtensions,
                        Set.of(MarkdownExtension.TABLES, MarkdownExtension.AUTOLINK)),
                Arguments.of("markdown_extensions: []", (Function<SiteConfig, Object>) SiteConfig::markdownExtensions, Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void readsEachSetting(String yaml, Function<SiteConfig, Object> setting, Object expected) {
        assertThat(setting.apply(load(yaml + "\n"))).isEqualTo(expected);
    }

    @Test
    void fallsBackToTheDefaultsForAbsentOrEmptySettings() {
        assertThat(load("title:\n# nothing else\n")).isEqualTo(SiteConfig.defaults());
        assertThat(load("")).isEqualTo(SiteConfig.defaults());
    }

    @ParameterizedTest(name = "base_url: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # written                           | base URL
            briefing                            | /briefing/
            /briefing                           | /briefing/
            briefing/                           | /briefing/
            /                                   | /
            ''                                  | /
            reports/syria                       | /reports/syria/
            https://example.org                 | https://example.org/
            https://example.org/briefing        | https://example.org/briefing/
            http://example.org/briefing/        | http://example.org/briefing/
            """)
    void normalisesTheBaseUrl(String written, String expected) {
        assertThat(load("base_url: '" + written + "'\n").baseUrl().value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # site.yml line                       | problem (on line 2)
            base_url: /a b/                       | `base_url` `/a b/` must be a path such as /briefing/ or an http(s) URL. Use a path such as `base_url: /briefing/`.
            base_url: ../briefing                 | `base_url` `../briefing` must be a path such as /briefing/ or an http(s) URL. Use a path such as `base_url: /briefing/`.
            base_url: ftp://example.org/          | `base_url` `ftp://example.org/` must be a path such as /briefing/ or an http(s) URL. Use a path such as `base_url: /briefing/`.
            base_url: 'javascript:alert(1)'       | `base_url` `javascript:alert(1)` must be a path such as /briefing/ or an http(s) URL. Use a path such as `base_url: /briefing/`.
            base_url: /briefing/?page=1           | `base_url` `/briefing/?page=1` must be a path such as /briefing/ or an http(s) URL. Use a path such as `base_url: /briefing/`.
            base_url: https://example.org/#top    | `base_url` `https://example.org/#top` must be a plain http(s) address with no query, fragment, user name or `//` in its path. Use a path such as `base_url: /briefing/`.
            language: en_GB                       | `language: en_GB` is not a language tag. Use a tag such as `en` or `en-GB`.
            time_zone: Mars/Olympus               | `time_zone: Mars/Olympus` is not a time zone. Use a name such as `UTC` or `Europe/London`.
            stories_per_page: 0                   | `stories_per_page: 0` must be a whole number from 1 to 10000.
            entities_per_page: ten                | `entities_per_page: ten` must be a whole number from 1 to 10000.
            entities_per_page: 10001              | `entities_per_page: 10001` must be a whole number from 1 to 10000.
            markdown_extensions: [tables, tabels] | `markdown_extensions` names an unknown extension `tabels`. Did you mean `tables`?
            markdown_extensions: footnotes        | `markdown_extensions` names an unknown extension `footnotes`. Known extensions: autolink, tables, typographic.
            description: [Syria, briefing]        | `description` must be a single value, but is a list. Write it as `description: value`.
            base_ulr: /briefing/                  | has an unknown setting `base_ulr`. Did you mean `base_url`?
            Title: Syria                          | has an unknown setting `Title`. Did you mean `title`?
            theme: dark                           | has an unknown setting `theme`. Known settings: base_url, description, entities_per_page, language, markdown_extensions, stories_per_page, time_zone, title.
            """)
    void rejectsBadSettingsNamingTheirLine(String line, String problem) {
        assertThat(problemsOf("title: Syria\n" + line + "\n")).containsExactly("content/site.yml:2: " + problem);
    }

    // A title given as a list used to stop the check, hiding every later problem in the file.
    @Test
    void reportsEveryProblemInTheFileTogether() {
        assertThat(problemsOf("title: [a, b]\nthem: dark\nstories_per_page: -1\ntime_zone: Nowhere\n")).containsExactly(
                "content/site.yml:1: `title` must be a single value, but is a list. Write it as `title: value`.",
                "content/site.yml:2: has an unknown setting `them`. Known settings: base_url, description, entities_per_page, "
                        + "language, markdown_extensions, stories_per_page, time_zone, title.",
                "content/site.yml:3: `stories_per_page: -1` must be a whole number from 1 to 10000.",
                "content/site.yml:4: `time_zone: Nowhere` is not a time zone. Use a name such as `UTC` or `Europe/London`.");
    }

    @Test
    void buildsWithTheDefaultsWhenThereIsNoSiteYml(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("content/articles"));
        assertThat(new ConfigLoader().load(paths(root))).isEqualTo(SiteConfig.defaults());
    }

    @Test
    void readsSiteYmlFromTheContentFolder(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("content/site.yml"), "\uFEFFtitle: Syria briefing\r\nbase_url: briefing\r\n");
        SiteConfig config = new ConfigLoader().load(paths(root));
        assertThat(config.title()).isEqualTo("Syria briefing");
        assertThat(config.baseUrl().value()).isEqualTo("/briefing/");
    }

    @Test
    void namesAMissingContentFolder(@TempDir Path root) {
        assertThatThrownBy(() -> new ConfigLoader().load(paths(root)))
                .isInstanceOfSatisfying(ProblemsFound.class, e -> assertThat(e.problems()).extracting(Problem::describe).containsExactly(
                        "content: The content folder does not exist. Create it with an `articles/` folder inside, or pass --content DIR."));
    }

    @Test
    void namesTheLineOfSiteYmlThatIsNotUtf8(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("content"));
        Files.write(root.resolve("content/site.yml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', 'x', '\n', 'd', ':', ' ', (byte) 0xE9});
        assertThatThrownBy(() -> new ConfigLoader().load(paths(root)))
                .isInstanceOfSatisfying(ProblemsFound.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.describe()).startsWith("content/site.yml:2: is not UTF-8 text")));
    }

    private static BuildPaths paths(Path root) {
        return new BuildPaths(root.resolve("content"), root.resolve("templates"), root.resolve("site"));
    }
}
