package org.briefing.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventEvidenceTest {

    private static String evidence(String text) {
        List<String> terms = new ArrayList<>();
        EventEvidence.addTerms(text, terms);
        return String.join(" ", terms);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wladimir Klitschko stopped Tony Thompson in Bern. | klitschko tony thompson bern",
            "A 5.9 quake hit Qeshm on Sunday, killing 1,247 people. | 5.9 qeshm 1247",
            "The champion, 58-3 with 51 knockouts, won in 2012. | 58-3 51 2012",
            "He met O'Brien's lawyer. The Senate voted. | o'brien senate",
            "Last week \"Rahman looked slow\", his coach said in March. | ",
    })
    void takesNamesInsideSentencesAndNumbers(String text, String expected) {
        assertThat(evidence(text)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Obama Overturns Bush Endangered Species Rule | true",
            "PUBLISHED: 22:07 GMT, 7 July 2012 | true",
            "President Obama on Tuesday overturned a last-minute Bush rule. | false",
    })
    void recognisesTitleCasedLines(String text, boolean titleCased) {
        assertThat(EventEvidence.titleCased(text)).isEqualTo(titleCased);
    }
}
