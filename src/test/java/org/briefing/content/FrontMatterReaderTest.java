package org.briefing.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.briefing.config.YamlDocument;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontMatterReaderTest {

    private static FrontMatterReader.Result read(String yaml) {
        return read(yaml, ZoneOffset.UTC);
    }

    private static FrontMatterReader.Result read(String yaml, ZoneId zone) {
        return new FrontMatterReader(zone).read(YamlDocument.parse(yaml, "content/articles/a.md", 2));
    }

    private static FrontMatter frontMatter(String yaml) {
        FrontMatterReader.Result result = read(yaml);
        assertThat(result.warnings()).isEmpty();
        return result.frontMatter();
    }

    /** Problems as the CLI shows them, the file and line first. */
    private static List<String> problemsOf(String yaml) {
        try {
            read(yaml);
        } catch (ProblemsFound e) {
            return e.problems().stream().map(Problem::describe).toList();
        }
        throw new AssertionError("no problem found in " + yaml);
    }

    @Test
    void readsEveryField() {
        FrontMatter front = frontMatter("""
                title: "Syria's army:  a  retreat"
                source: Fox News
                url: https://example.org/a?b=1
                date: 2024-12-02
                author: Jane Roe
                story: aleppo-offensive
                story_title: The fall of Aleppo
                tags: [Aleppo, Bashar al-Assad]
                draft: true
                """);
        assertThat(front.title()).contains("Syria's army: a retreat");
        assertThat(front.source()).contains("Fox News");
        assertThat(front.url()).contains("https://example.org/a?b=1");
        assertThat(front.date()).contains(PublicationDate.ofDay(LocalDate.of(2024, 12, 2)));
        assertThat(front.author()).contains("Jane Roe");
        assertThat(front.story()).contains("aleppo-offensive");
        assertThat(front.storyTitle()).contains("The fall of Aleppo");
        assertThat(front.tags()).containsExactly("Aleppo", "Bashar al-Assad");
        assertThat(front.draft()).isTrue();
    }

    @Test
    void leavesAbsentFieldsEmpty() {
        assertThat(frontMatter("title: Only a title\n")).isEqualTo(new FrontMatter(java.util.Optional.of("Only a title"),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), List.of(), false));
    }

    @ParameterizedTest(name = "date: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # date as written               | day        | time     | time known
            2024-12-02                      | 2024-12-02 | 00:00    | false
            '"2024-12-02"'                  | 2024-12-02 | 00:00    | false
            2024-12-02T14:30:00Z            | 2024-12-02 | 14:30    | true
            2024-12-02T14:30:00+02:00       | 2024-12-02 | 12:30    | true
            2024-12-02T01:30:00+0200        | 2024-12-01 | 23:30    | true
            2024-12-02T22:00:00-05:00       | 2024-12-03 | 03:00    | true
            2024-12-02T14:30:00             | 2024-12-02 | 14:30    | true
            2024-12-02 14:30                | 2024-12-02 | 14:30    | true
            2024-12-02T14:30:15.250Z        | 2024-12-02 | 14:30:15 | true
            """)
    void readsDatesAndDateTimesOnTheSitesClock(String written, LocalDate day, LocalTime time, boolean timeKnown) {
        assertThat(frontMatter("date: " + written + "\n").date())
                .contains(new PublicationDate(day, time, timeKnown));
    }

    @Test
    void placesDateTimesWithAnOffsetInTheSitesTimeZone() {
        assertThat(read("date: 2024-12-02T03:00:00Z\n", ZoneId.of("America/New_York")).frontMatter().date())
                .contains(new PublicationDate(LocalDate.of(2024, 12, 1), LocalTime.of(22, 0), true));
    }

    @ParameterizedTest(name = "date: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-13-45
            2024-02-30
            yesterday
            02/12/2024
            'December 2, 2024'
            2024-12-02T25:00:00Z
            2024-12-02T14:30:00 GMT
            """)
    void rejectsDatesThatDoNotParse(String written) {
        assertThat(problemsOf("title: A\ndate: " + written + "\n")).containsExactly("content/articles/a.md:3: `date: " + written
                + "` is not a date I can read. Write it as `date: 2024-12-02`, or with a time as `date: 2024-12-02T14:30:00Z`.");
    }

    @Test
    void readsTheUpdateDateSectionAndLanguage() {
        FrontMatter front = frontMatter("updated: 2024-12-03T09:00:00Z\nsection: \"  World  news \"\nlanguage: pt_BR\n");
        assertThat(front.updated()).contains(PublicationDate.ofDateTime(LocalDate.of(2024, 12, 3).atTime(9, 0)));
        assertThat(front.section()).contains("World news");
        assertThat(front.language()).contains(new LanguageTag("pt-BR"));
    }

    @Test
    void namesTheUpdatedFieldWhenItsDateDoesNotParse() {
        assertThat(problemsOf("title: A\nupdated: yesterday\n")).containsExactly("content/articles/a.md:3: `updated: yesterday`"
                + " is not a date I can read. Write it as `updated: 2024-12-02`, or with a time as `updated: 2024-12-02T14:30:00Z`.");
    }

    @ParameterizedTest(name = "language: {0}")
    @CsvSource(textBlock = """
            French
            e
            en--GB
            123
            """)
    void rejectsALanguageThatIsNotATag(String written) {
        assertThat(problemsOf("title: A\nlanguage: " + written + "\n")).containsExactly("content/articles/a.md:3: `language: "
                + written + "` is not a language tag. Give the language's code, e.g. `language: fr`, or with a region `language: pt-BR`.");
    }

    @ParameterizedTest(name = "url: {0}")
    @CsvSource(textBlock = """
            https://example.org/a
            http://example.org
            HTTPS://EXAMPLE.ORG/A
            https://example.org/a?b=%3Cc%3E#d
            """)
    void acceptsWebAddresses(String url) {
        assertThat(frontMatter("url: " + url + "\n").url()).contains(url);
    }

    @ParameterizedTest(name = "url: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            javascript:alert(1)
            data:text/html,<script>alert(1)</script>
            ftp://example.org/a
            mailto:desk@example.org
            example.org/a
            //example.org/a
            https://
            'https://example.org/a b'
            """)
    void rejectsAddressesThatAreNotHttp(String url) {
        assertThat(problemsOf("url: \"" + url + "\"\n")).containsExactly("content/articles/a.md:2: `url: " + url
                + "` is not a web address. Give the original's full address, starting with https:// or http://.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'tags: [Aleppo, Idlib]'          | Aleppo;Idlib
            'tags: Aleppo, Idlib'            | Aleppo;Idlib
            'tags: "Aleppo,  Idlib,Aleppo"'  | Aleppo;Idlib
            'tags:\n  - Aleppo\n  - Idlib'   | Aleppo;Idlib
            'tags: Hay''at  Tahrir al-Sham'  | Hay'at Tahrir al-Sham
            'tags: []'                       | ''
            """)
    void readsTagsAsAListOrACommaSeparatedString(String yaml, String tags) {
        assertThat(String.join(";", frontMatter(yaml.translateEscapes() + "\n").tags())).isEqualTo(tags);
    }

    @ParameterizedTest(name = "draft: {0}")
    @CsvSource(textBlock = """
            true,  true
            yes,   true
            True,  true
            false, false
            no,    false
            '',    false
            """)
    void readsDraftAsYesOrNo(String written, boolean draft) {
        assertThat(frontMatter("draft: " + written + "\n").draft()).isEqualTo(draft);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # key  | hint
            dat    | Did you mean `date`?
            tag    | Did you mean `tags`?
            Title  | Did you mean `title`?
            storytitle | Did you mean `story_title`?
            layout | Known fields: author, date, draft, language, section, source, story, story_title, tags, title, updated, url.
            """)
    void warnsAboutUnknownFieldsWithADidYouMean(String key, String hint) {
        FrontMatterReader.Result result = read("title: A\n" + key + ": x\n");
        assertThat(result.frontMatter().title()).contains("A");
        assertThat(result.warnings()).extracting(Problem::describe).containsExactly(
                "content/articles/a.md:3: warning: has an unknown field `" + key + "`; it is ignored. " + hint);
    }

    // A list as title used to hide every problem after it in the same file.
    @Test
    void reportsEveryBadFieldOfAFileTogether() {
        assertThat(problemsOf("""
                title: [a, b]
                date: yesterday
                url: javascript:alert(1)
                tags: {a: b}
                draft: maybe
                """)).containsExactly(
                "content/articles/a.md:2: `title` must be a single value, but is a list. Write it as `title: value`.",
                "content/articles/a.md:3: `date: yesterday` is not a date I can read. Write it as `date: 2024-12-02`, "
                        + "or with a time as `date: 2024-12-02T14:30:00Z`.",
                "content/articles/a.md:4: `url: javascript:alert(1)` is not a web address. Give the original's full address, "
                        + "starting with https:// or http://.",
                "content/articles/a.md:5: `tags` must be a list, but is a nested mapping. Write it as `tags: [first, second]`.",
                "content/articles/a.md:6: `draft` must be true or false, not `maybe`.");
    }
}
