package org.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SearchTermsTest {

    static Stream<String[]> table() {
        return SearchTermsTable.rows().stream();
    }

    @ParameterizedTest
    @MethodSource("table")
    void makesTheTermsOfTheSharedTable(String input, String expected) {
        assertThat(SearchTermsTable.written(new SearchTerms().tokens(input))).as(input).isEqualTo(expected);
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
