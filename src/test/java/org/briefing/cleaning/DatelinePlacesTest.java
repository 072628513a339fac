package org.briefing.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinePlacesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DAMASCUS                     | Damascus
            ' BEIRUT '                   | Beirut
            KANSAS CITY, Mo.             | Kansas City, Mo.
            RAS AL-AIN                   | Ras Al-Ain
            """)
    void infersDatelineFromAnUpperCasePlaceOnItsOwnLine(String line, String place) {
        assertThat(DatelinePlaces.standalone(line)).contains(place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BEIRUT: Syria's army said on Monday it had pulled back.          | Beirut
            KANSAS CITY, Mo. — A man was arrested on Monday, police said.    | Kansas City, Mo.
            ALEPPO, Syria (AP) — Rebels entered the city on Saturday.        | Aleppo, Syria
            DAMASCUS - The government promised a counter-attack.             | Damascus
            ISTANBUL (Reuters) -- Turkey said it would close the border.     | Istanbul
            """)
    void infersDatelineFromAnUpperCasePlaceOpeningTheLead(String lead, String place) {
        assertThat(DatelinePlaces.opening(lead)).contains(place);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Damascus",
            "US",
            "The army said on Monday it had pulled back.",
            "Beirut: the army said on Monday it had pulled back.",
            "UN officials said the convoy was hit.",
            "A — B"})
    void infersNoDatelineFromOrdinaryText(String text) {
        assertThat(DatelinePlaces.standalone(text)).isEmpty();
        assertThat(DatelinePlaces.opening(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "BREAKING: Rebels have entered Aleppo, residents say.",
            "UPDATE: The army has withdrawn from the city.",
            "EXCLUSIVE: Documents show the plan was drawn up in March.",
            "WATCH: Rebels celebrate in the main square.",
            "EDITOR'S NOTE: This story has been corrected."})
    void takesNoLabelForADatelinePlace(String lead) {
        assertThat(DatelinePlaces.opening(lead)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BEIRUT: Syria's army said it had pulled back.     | Syria's army said it had pulled back.
            KANSAS CITY, Mo. — A man was arrested.            | A man was arrested.
            The army said it had pulled back.                 | The army said it had pulled back.
            """)
    void removesTheDatelineFromTheLead(String lead, String rest) {
        assertThat(DatelinePlaces.withoutOpening(lead)).isEqualTo(rest);
    }
}
