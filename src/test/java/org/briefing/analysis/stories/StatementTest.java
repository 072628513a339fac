package org.briefing.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, item 2: summaries were quote fragments ("Not a single thing he said is accurate.”",
 * "Show me a policy,” Biden said."). A summary sentence must read alone, in the report's voice.
 */
class StatementTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rebels entered the northern city of Aleppo on Friday, a war monitor said. | true
            Turkey on Monday rejected any suggestion of "foreign interference". | true
            Not a single thing he said is accurate.” | false
            Show me a policy,” Biden said. | false
            “We will not stand by,” the senator said on the floor of the chamber. | false
            He said the talks would resume on Monday in Geneva. | false
            But the army said it had pushed the rebels back overnight. | false
            Rebels enter Aleppo as the army withdraws | false
            Aleppo falls. | false
            The senator called it "a disgrace and a betrayal of everything we stand for as a nation." | false
            Rebels enter Aleppo, army withdraws. | false
            """)
    void acceptsOnlyWholeSentencesInTheReportsVoice(String sentence, boolean statement) {
        assertThat(StorySummarizer.isStatement(sentence, Set.of("rebels enter aleppo army withdraws"))).isEqualTo(statement);
    }
}
