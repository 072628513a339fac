package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.SeedArchive;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.cleaning.CleanArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedTermsTest {

    private static List<Term> terms;

    @BeforeAll
    static void findTerms() {
        List<CleanArticle> articles = SeedArchive.cleanArticles();
        RecognizedEntities entities = SeedArchive.recognize(articles);
        terms = new TermFinder().find(articles, entities.byArticle(), entities.byId());
    }

    private static List<String> wordsFor(String article, String entity) {
        return terms.stream()
                .filter(t -> t.article().value().startsWith(article) && t.refersTo().map(EntityId::value).orElse("").equals(entity))
                .map(Term::term).distinct().toList();
    }

    @Test
    void showsEachOutletsWordsForTheOffensivesLeaders() {
        assertThat(wordsFor("000", "hayat-tahrir-al-sham")).contains("anti-regime forces", "opposition forces");
        assertThat(wordsFor("002", "hayat-tahrir-al-sham")).contains("opposition forces", "rebels", "opposition coalition");
        assertThat(wordsFor("003", "hayat-tahrir-al-sham")).contains("opposition fighters", "rebels");
        assertThat(wordsFor("004", "hayat-tahrir-al-sham")).contains("insurgents", "jihadi group", "rebels");
    }

    @Test
    void tiesAWordToTheNameItStandsBy() {
        assertThat(wordsFor("000", "peoples-protection-units")).containsExactly("terrorist");
        assertThat(wordsFor("000", "hayat-tahrir-al-sham")).doesNotContain("terrorist");
    }

    @Test
    void leavesOutWordsInsideQuotationMarks() {
        assertThat(terms).filteredOn(t -> t.article().value().startsWith("002") || t.article().value().startsWith("003"))
                .extracting(Term::term).noneMatch(t -> t.startsWith("terrorist"));
    }
}
