package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.SeedArchive;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The figures of the five seed reports, each with the report that gives it and its source. */
class SeedFiguresTest {

    private static List<Figure> figures;

    @BeforeAll
    static void findFigures() {
        List<CleanArticle> articles = SeedArchive.cleanArticles();
        RecognizedEntities entities = SeedArchive.recognize(articles);
        Map<ArticleId, ArticleEntities> byArticle = entities.byArticle();
        figures = new ArrayList<>();
        for (CleanArticle article : articles) {
            List<Quote> quotes = new QuoteFinder().find(article, byArticle.get(article.id()), entities.byId());
            figures.addAll(new FigureFinder().find(article, byArticle.get(article.id()), entities.byId(), quotes));
        }
    }

    private static List<String> figuresOf(String article) {
        return figures.stream().filter(f -> f.article().value().startsWith(article)).map(Figure::text).toList();
    }

    private static Figure figure(String article, String text) {
        return figures.stream().filter(f -> f.article().value().startsWith(article) && f.text().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError(text + " not in " + article + ": " + figuresOf(article)));
    }

    @Test
    void findsEachCasualtyFigureInTheReportThatGivesIt() {
        assertThat(figuresOf("000")).contains("11 civilians", "five children");
        assertThat(figuresOf("001")).contains("11 civilians", "five children", "four civilians", "two of them children", "500,000 people");
        assertThat(figuresOf("004")).contains("at least 400 insurgents", "at least 25 people", "10 children", "some 200 Iraqi militiamen");
        assertThat(figuresOf("002")).isEmpty();
        assertThat(figuresOf("003")).containsExactly("dozens of Iran-backed militias");
    }

    @Test
    void readsValuesQualifiersAndWhatIsCounted() {
        Figure militiamen = figure("004", "some 200 Iraqi militiamen");
        assertThat(militiamen.value()).isEqualTo(200);
        assertThat(militiamen.qualifier()).contains("some");
        assertThat(militiamen.counts()).contains("Iraqi militiamen");
        assertThat(figure("001", "about 5.5 million").value()).isEqualTo(5_500_000);
        assertThat(figure("001", "two of them children").counts()).contains("children");
        assertThat(figure("000", "five children").value()).isEqualTo(5);
    }

    @Test
    void attributesFiguresToTheSourceTheSentenceGives() {
        EntityId observatory = new EntityId("syrian-observatory-for-human-rights");
        assertThat(figure("001", "11 civilians").attributedTo()).contains(observatory);
        assertThat(figure("001", "four civilians").attributedTo()).contains(observatory);
        assertThat(figure("004", "some 200 Iraqi militiamen").attributedTo()).contains(observatory);
        assertThat(figure("004", "at least 400 insurgents").attribution()).hasValueSatisfying(s -> assertThat(s).contains("military"));
        assertThat(figure("004", "at least 25 people").attribution()).hasValueSatisfying(s -> assertThat(s).contains("White Helmets"));
        assertThat(figure("000", "11 civilians").attributedTo()).isEmpty();
        assertThat(figure("000", "11 civilians").attribution()).isEmpty();
    }

    @Test
    void leavesOutYearsDatesSpansOfTimeAndSources() {
        // a reference back ("the two leaders") is a figure all the same, as the hand-made gold counts it (issue 11)
        assertThat(figures).extracting(Figure::text).noneMatch(t -> t.matches(".*(2011|2015|2020|2024|24|0:59|02).*"))
                .doesNotContain("two Syrian army sources");
    }
}
