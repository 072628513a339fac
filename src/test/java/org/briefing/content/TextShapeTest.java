package org.briefing.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextShapeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Türkiye’s army                 | turkiyes army
            "  Syria's ARMY -- in 2024!! " | syrias army in 2024
            Share this article             | share this article
            ...                            | \"\"
            Café au lait, s’il vous plaît  | cafe au lait sil vous plait
            """)
    void keysTextWithoutCaseAccentsPunctuationOrSpacing(String text, String key) {
        assertThat(TextShape.comparisonKey(text)).isEqualTo(key);
    }

    // Text in ASCII and news punctuation takes a quicker way to its key; it must be the key the general way gives, which
    // a letter with an accent at the end makes it take.
    @ParameterizedTest
    @ValueSource(strings = {"Syria's army, 2024", "  -- a\tb\nc --  ", "O'Brien's 'quote'", "x", "",
            "A\u0001B", "MIXED case_words and-dashes",
            "“Quoted,” she said – twice — and…\u00a0«again»", "Türkiye‘s ‘army’"})
    void keysAsciiTextAsTheGeneralWayDoes(String text) {
        String general = TextShape.comparisonKey(text + " \u00e9");
        assertThat(TextShape.comparisonKey(text)).isEqualTo(general.equals("e") ? "" : general.substring(0, general.length() - 2));
    }
}
