package org.briefing.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.briefing.content.Block;
import org.briefing.content.PublicationDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What cleaning infers from the head of pasted text, and what it must leave unknown. */
class InferenceTest {

    private static final String LEAD = "Rebel fighters entered the city on Saturday, residents said, in the biggest challenge in years.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # head lines (before the lead)                     | title                           | dateline          | date
            Rebels enter Aleppo                                | Rebels enter Aleppo             |                   |
            'Rebels enter Aleppo\nDAMASCUS'                    | Rebels enter Aleppo             | Damascus          |
            'Rebels enter Aleppo\nDecember 02, 2024'           | Rebels enter Aleppo             |                   | 2024-12-02
            'Rebels enter Aleppo\nUpdated: 2 Dec 2024 10:37 GMT' | Rebels enter Aleppo           |                   | 2024-12-02
            'Rebels enter Aleppo\n2024-12-02\nBEIRUT'          | Rebels enter Aleppo             | Beirut            | 2024-12-02
            'World\nRebels enter Aleppo'                       | Rebels enter Aleppo             |                   |
            'Who are the Syrian rebels?'                       | Who are the Syrian rebels?      |                   |
            """)
    void infersTitleDatelineAndDateFromTheHead(String head, String title, String dateline, LocalDate date) {
        CleanArticle article = Pasted.clean(head.translateEscapes() + "\n" + LEAD + "\n");
        assertThat(article.title()).contains(title);
        assertThat(article.dateline().orElse(null)).isEqualTo(dateline);
        assertThat(article.date().map(PublicationDate::date).orElse(null)).isEqualTo(date);
        assertThat(article.body()).extracting(Block::text).containsExactly(LEAD);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # lead                                                                   | dateline
            'BEIRUT: Syrian forces struck rebel positions on Monday, a monitor said.' | Beirut
            'KANSAS CITY, Mo. — A man was arrested on Monday after a chase, police said.' | Kansas City, Mo.
            'ALEPPO, Syria (AP) — Rebels entered the city on Saturday.'              | Aleppo, Syria
            """)
    void infersDatelineFromThePlaceOpeningTheLeadAndKeepsTheLeadWhole(String lead, String dateline) {
        CleanArticle article = Pasted.clean(lead + "\nMore reporting follows here.\n");
        assertThat(article.dateline()).contains(dateline);
        assertThat(article.title()).isEmpty();
        assertThat(article.body()).extracting(Block::text).startsWith(lead);
        assertThat(article.headline()).isEqualTo(DatelinePlaces.withoutOpening(lead));
        assertThat(article.inferred()).containsExactly(MetaField.DATELINE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The war in Syria has gone on since 2011, killing hundreds of thousands of people.",
            "Rebels entered Aleppo on December 2, 2024, residents said.",
            "BREAKING: Rebels have entered Aleppo, residents say.",
            "Syria's army said on Monday it had pulled back from the city:"})
    void infersNothingFromALeadParagraph(String lead) {
        CleanArticle article = Pasted.clean(lead + "\nMore reporting follows here, a monitor said.\n");
        assertThat(article.title()).isEmpty();
        assertThat(article.date()).isEmpty();
        assertThat(article.dateline()).isEmpty();
        assertThat(article.inferred()).isEmpty();
        assertThat(article.body()).hasSize(2);
        assertThat(article.missing()).containsExactly(MetaField.TITLE, MetaField.SOURCE, MetaField.URL, MetaField.DATE, MetaField.AUTHOR);
    }

    @Test
    void standsInTheLeadsOpeningWordsForAMissingTitleWithoutInventingOne() {
        CleanArticle article = Pasted.clean(LEAD + "\n");
        assertThat(article.title()).isEmpty();
        assertThat(article.headline()).isEqualTo("Rebel fighters entered the city on Saturday, residents said, in the biggest…");
    }

    @Test
    void prefersFrontMatterAndStillRemovesTheRepeatedTitle() {
        CleanArticle article = Pasted.clean("a.md", """
                ---
                title: Rebels enter Aleppo
                date: 2024-12-01
                ---
                Rebels enter Aleppo

                December 02, 2024

                %s
                """.formatted(LEAD));
        assertThat(article.title()).contains("Rebels enter Aleppo");
        assertThat(article.date()).contains(PublicationDate.ofDay(LocalDate.of(2024, 12, 1)));
        assertThat(article.inferred()).isEmpty();
        assertThat(article.removed()).extracting(Removal::reason).containsExactly(RemovalReason.REPEATED_TITLE);
    }

    @Test
    void takesAMarkdownHeadingAsTheTitle() {
        CleanArticle article = Pasted.clean("a.md", "# Rebels enter Aleppo\n\n" + LEAD + "\n");
        assertThat(article.title()).contains("Rebels enter Aleppo");
        assertThat(article.inferred()).containsExactly(MetaField.TITLE);
    }

    @Test
    void removesASiteNameAfterTheTitle() {
        CleanArticle article = Pasted.clean("Rebels enter Aleppo | Example News\n" + LEAD + "\n");
        assertThat(article.title()).contains("Rebels enter Aleppo");
        assertThat(article.removed()).singleElement().satisfies(removal -> {
            assertThat(removal.reason()).isEqualTo(RemovalReason.TITLE_SUFFIX);
            assertThat(removal.text()).isEqualTo("Example News");
            assertThat(removal.line()).isEqualTo(1);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Syria | Lebanon",
            "Rebels enter Aleppo | the city the government held for eight years, and the north with it"})
    void keepsABarThatDoesNotEndInASiteName(String title) {
        assertThat(Pasted.clean(title + "\n" + LEAD + "\n").title()).contains(title);
    }
}
