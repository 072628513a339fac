package org.briefing.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTest {

    /** Issue 10, item 15: terminal escapes in file names and YAML values were printed raw. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            content/articles/a\u001b]0;owned\u0007.md | content/articles/a\\u001B]0;owned\\u0007.md: is empty.
            content/articles/\u202Edm.txt             | content/articles/\\u202Edm.txt: is empty.
            content/articles/plain.md                | content/articles/plain.md: is empty.
            """)
    void describesControlAndBidiCharactersAsEscapes(String file, String described) {
        assertThat(Problem.error(file, 0, "is empty.", "").describe()).isEqualTo(described);
    }
}
