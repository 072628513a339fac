package org.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefing.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SearchTermsTest {

    /** The table the browser test runs through search.js too, so both sides make the same terms. */
    static final Path TABLE = TestPaths.projectRoot().resolve("src/test/resources/search/terms.tsv");

    /** Each row of the shared table: the input and the terms, stop words in brackets. */
    static List<String[]> rows() {
        try (Stream<String> lines = Files.lines(TABLE, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t", 2)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the table writes tokens: "turkiy (the) assad". */
    static String written(List<SearchTerms.Token> tokens) {
        return tokens.stream().map(t -> t.stop() ? "(" + t.term() + ")" : t.term()).collect(Collectors.joining(" "));
    }

    static Stream<String[]> table() {
        return rows().stream();
    }

    @ParameterizedTest
    @MethodSource("table")
    void makesTheTermsOfTheSharedTable(String input, String expected) {
        assertThat(written(new SearchTerms().tokens(input))).as(input).isEqualTo(expected);
    }

    @Test
    void accentedAndPlainSpellingsMeet() {
        SearchTerms terms = new SearchTerms();
        assertThat(terms.terms("Türkiye")).isEqualTo(terms.terms("Turkiye"));
        assertThat(terms.terms("al-Assad")).isEqualTo(terms.terms("Assad"));
        assertThat(terms.terms("Assad’s")).isEqualTo(terms.terms("Assad"));
        assertThat(terms.terms("strikes")).isEqualTo(terms.terms("striking"));
    }

    @Test
    void leavesStopWordsOutOfTheIndexButNotOutOfPhrases() {
        SearchTerms terms = new SearchTerms();
        assertThat(terms.terms("the state of emergency")).containsExactly("state", "emerg");
        assertThat(terms.tokens("the state of emergency")).extracting(SearchTerms.Token::term)
                .containsExactly("the", "state", "of", "emerg");
    }

    @Test
    void keepsAlAsAWordWhenNoHyphenJoinsIt() {
        assertThat(new SearchTerms().terms("Al Gore in al-Bab")).containsExactly("al", "gore", "bab");
    }
}
