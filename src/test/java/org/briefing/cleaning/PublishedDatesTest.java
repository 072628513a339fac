package org.briefing.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            December 02, 2024                               | 2024-12-02
            December 2nd, 2024                              | 2024-12-02
            Dec. 2, 2024                                    | 2024-12-02
            2 December 2024                                 | 2024-12-02
            Updated: 2 Dec 2024 10:37 GMT                   | 2024-12-02
            Published Monday, Sept. 30, 2024 at 10:37 a.m.  | 2024-09-30
            Last updated on 1st March 2024                  | 2024-03-01
            2024-12-02                                      | 2024-12-02
            Posted 2024-12-02 10:37 UTC                     | 2024-12-02
            Published December 2, 2024 10:37am EST          | 2024-12-02
            Updated Mon 2 Dec 2024 10.37 BST                | 2024-12-02
            """)
    void readsLinesThatStateADate(String line, LocalDate date) {
        assertThat(PublishedDates.parse(line)).contains(date);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "since 2011",
            "The war has gone on since 2011.",
            "On December 2, 2024, rebels entered the city, residents said.",
            "Protests began on March 15, 2011",
            "December 2",
            "2024",
            "February 30, 2024",
            "2024-13-01",
            "By Jane Roe, Reuters, December 2, 2024",
            "Rebels entered at 10:37 on December 2, 2024",
            "Rebels take Aleppo"})
    void readsNoDateFromLinesThatAreNotADate(String line) {
        assertThat(PublishedDates.parse(line)).isEmpty();
    }
}
