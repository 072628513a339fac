package org.briefing.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSpanFinderTest {

    /**
     * Issue 10: a run made only of "I's" is trimmed to nothing, and the finder threw
     * IndexOutOfBoundsException on this CoNLL-2003 sentence.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "They have 104 points, 15 ahead of USA I's Jim Herberich and breakman Garrett Hines.|They;USA;Jim Herberich;Garrett Hines",
        "I's|",
        "Then I's and I'd went.|Then",
    })
    void findsTheNamesAroundARunTrimmedToNothing(String text, String expected) {
        List<String> found = new NameSpanFinder().find(text, 0).stream().map(NameSpan::text).toList();
        assertThat(found).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(";")));
    }
}
