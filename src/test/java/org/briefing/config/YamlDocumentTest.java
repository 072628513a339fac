package org.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlDocumentTest {

    /** Parses as front matter does: the YAML starts on line 2, after the opening fence. */
    private static List<Problem> problemsOf(String yaml) {
        try {
            YamlDocument.parse(yaml, "a.md", 2);
        } catch (ProblemsFound e) {
            return e.problems();
        }
        throw new AssertionError("no problem found in " + yaml);
    }

    // The line of an unclosed quote or bracket used to be the line after the YAML: in front
    // matter, the closing fence, where there is nothing to fix.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # YAML                                    | line | message
            'title: Rebels: take Aleppo\n'            | 2    | is not valid YAML: mapping values are not allowed here.
            'title: "unclosed\nsource: X\n'           | 2    | is not valid YAML: while scanning a quoted scalar, found unexpected end of stream.
            'title: ok\ntags: [a, b\nsource: X\n'     | 4    | is not valid YAML: while parsing a flow sequence, expected ',' or ']', but got :.
            'title: ok\nsource: X\njust words\n'      | 4    | is not valid YAML: while scanning a simple key, could not find expected ':'.
            'title: ok\n  source: X\n'                | 3    | is not valid YAML: mapping values are not allowed here.
            'title: ok\n\tsource: X\n'                | 3    | is not valid YAML: while scanning for the next token, found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation).
            'tags: {a: b\n'                           | 2    | is not valid YAML: while parsing a flow mapping, expected ',' or '}', but got <stream end>.
            'title: &a ok\nsource: *b\n'              | 3    | is not valid YAML: found undefined alias b.
            """)
    void reportsInvalidYamlOnTheLineToFix(String yaml, int line, String message) {
        assertThat(problemsOf(yaml.translateEscapes())).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("a.md");
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).isEqualTo(message);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # YAML                       | line | message
            '- a\n- b\n'                 | 2    | must hold `key: value` lines, but holds a list.
            'just words\n'               | 2    | must hold `key: value` lines, but holds a single value.
            'title: a\ntitle: b\n'       | 3    | gives `title` twice (first on line 2).
            '[a]: b\n'                   | 2    | has a key that is not a plain word.
            """)
    void rejectsYamlThatIsNotOneFlatMapping(String yaml, int line, String message) {
        assertThat(problemsOf(yaml.translateEscapes())).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).isEqualTo(message);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''
            '# only a comment\n'
            """)
    void readsEmptyYamlAsNoFields(String yaml) {
        assertThat(YamlDocument.parse(yaml.translateEscapes(), "a.md", 2).fields()).isEmpty();
    }

    @Test
    void readsValuesAsTextWithTheirLines() {
        YamlDocument yaml = YamlDocument.parse("title: '  Aleppo  '\ncount: 012\nempty:\nlist: [a, b]\n", "a.md", 2);
        assertThat(yaml.text("title")).contains("Aleppo");
        assertThat(yaml.text("count")).contains("012");
        assertThat(yaml.text("empty")).isEmpty();
        assertThat(yaml.text("absent")).isEmpty();
        assertThat(yaml.lineOf("list")).isEqualTo(5);
        assertThat(yaml.lineOf("absent")).isZero();
        assertThatThrownBy(() -> yaml.text("list")).isInstanceOfSatisfying(ProblemsFound.class, e ->
                assertThat(e.problems()).extracting(Problem::describe)
                        .containsExactly("a.md:5: `list` must be a single value, but is a list. Write it as `list: value`."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'tags: [Assad, Aleppo]'          | true  | Assad;Aleppo
            'tags: Assad, Aleppo'            | true  | Assad;Aleppo
            'tags: Assad, Aleppo'            | false | Assad, Aleppo
            'tags:\n  - Assad\n  - Aleppo'   | true  | Assad;Aleppo
            'tags: [" Assad ", Assad, ""]'   | true  | Assad
            'tags:'                          | true  | ''
            """)
    void readsListsAsSequencesOrCommaSeparatedText(String yaml, boolean splitCommas, String expected) {
        List<String> values = YamlDocument.parse(yaml.translateEscapes(), "a.md", 2).texts("tags", splitCommas);
        assertThat(String.join(";", values)).isEqualTo(expected);
    }
}
