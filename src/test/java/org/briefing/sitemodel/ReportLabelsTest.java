package org.briefing.sitemodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, item 6: reports of unknown outlets were "report 1…5", decodable only by a tooltip.
 * Their labels are now the opening words of their headlines, longer where two open alike.
 */
class ReportLabelsTest {

    private static final List<String> SEED_HEADLINES = List.of(
            "Syria, Russia step up strikes amid anti-regime forces advance",
            "Syria says its strikes with Russia have killed at least 400 insurgents over past 24 hours",
            "Syria, Russia intensify raids as rebels push south",
            "The Syrian army, Russia increased airstrikes");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Syria, Russia step up strikes amid anti-regime forces advance | Syria, Russia step…
            Syria says its strikes with Russia have killed at least 400 insurgents over past 24 hours | Syria says its…
            Syria, Russia intensify raids as rebels push south | Syria, Russia intensify…
            The Syrian army, Russia increased airstrikes | The Syrian army…
            """)
    void labelsAReportByTheOpeningWordsOfItsHeadline(String headline, String label) {
        assertThat(ReportLabels.shortHeadline(headline, SEED_HEADLINES)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rebels enter Aleppo | Rebels enter Aleppo
            Rebels enter Aleppo… | Rebels enter Aleppo
            Talks: resume | Talks: resume
            """)
    void keepsAShortHeadlineWhole(String headline, String label) {
        assertThat(ReportLabels.shortHeadline(headline, List.of(headline))).isEqualTo(label);
    }
}
