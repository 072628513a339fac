package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.SeedArchive;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.cleaning.CleanArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quotes and their speakers in the five seed reports. */
class SeedQuotesTest {

    private static List<Quote> quotes;
    private static List<SharedQuote> statements;

    @BeforeAll
    static void findQuotes() {
        List<CleanArticle> articles = SeedArchive.cleanArticles();
        RecognizedEntities entities = SeedArchive.recognize(articles);
        Map<org.briefing.content.ArticleId, ArticleEntities> byArticle = entities.byArticle();
        quotes = new ArrayList<>();
        for (CleanArticle article : articles) {
            quotes.addAll(new QuoteFinder().find(article, byArticle.get(article.id()), entities.byId()));
        }
        statements = new QuoteGrouper().group(articles.stream().map(CleanArticle::id).toList(), quotes);
    }

    private static Quote quoteContaining(String article, String words) {
        return quotes.stream()
                .filter(q -> q.article().value().startsWith(article) && q.text().contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("no quote with " + words + " in " + article + ": " + quotes));
    }

    private static Optional<String> speaker(String article, String words) {
        return quoteContaining(article, words).speaker().map(EntityId::value);
    }

    @Test
    void attributesAssadsStatementInEveryWording() {
        assertThat(speaker("000", "terrorist escalation")).contains("bashar-al-assad");
        assertThat(speaker("001", "terrorist escalation")).contains("bashar-al-assad");
        assertThat(speaker("002", "rise of terrorists")).contains("bashar-al-assad");
        assertThat(speaker("003", "terrorist escalation")).contains("bashar-al-assad");
    }

    @Test
    void attributesQuotesIntroducedBeforeTheQuotationMarks() {
        assertThat(speaker("002", "ready to negotiate")).contains("hadi-al-bahri");
        assertThat(speaker("003", "ready to negotiate")).contains("hadi-al-bahri");
        assertThat(speaker("001", "tact, strength")).contains("masoud-pezeshkian");
        assertThat(speaker("004", "continue to support")).contains("dmitry-peskov");
    }

    @Test
    void resolvesHeSaidToThePersonNamedBefore() {
        assertThat(speaker("002", "How big are these characters")).contains("jean-marc-rickli");
        assertThat(speaker("003", "To what extent")).contains("jean-marc-rickli");
    }

    @Test
    void neverTakesTheAudienceOrAnOutletForTheSpeaker() {
        assertThat(speaker("001", "God willing")).isEmpty();
        assertThat(speaker("002", "to help our partners")).isEmpty();
        assertThat(speaker("002", "It would be a mistake")).isNotEqualTo(Optional.of("bashar-al-assad"));
        assertThat(speaker("000", "We of course continue")).contains("dmitry-peskov");
        assertThat(speaker("000", "took a look at three actors")).contains("jake-sullivan");
    }

    @Test
    void givesAQuoteContinuedInTheNextParagraphItsSpeaker() {
        assertThat(speaker("004", "A position will be formed")).contains("dmitry-peskov");
    }

    private static SharedQuote statementContaining(String words) {
        return statements.stream().filter(s -> s.text().contains(words)).findFirst().orElseThrow();
    }

    private static Map<String, Fidelity> fidelityByReport(SharedQuote statement) {
        return statement.carriers().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.article().value().substring(0, 3), SharedQuote.Carrier::fidelity));
    }

    @Test
    void groupsAssadsStatementAsCarriedVerbatimByThreeReportsAndAlteredByOne() {
        SharedQuote statement = statementContaining("terrorist escalation");
        assertThat(statement.speaker()).contains(new EntityId("bashar-al-assad"));
        assertThat(fidelityByReport(statement)).containsOnly(
                Map.entry("000", Fidelity.VERBATIM), Map.entry("001", Fidelity.VERBATIM),
                Map.entry("002", Fidelity.ALTERED), Map.entry("003", Fidelity.VERBATIM));
        assertThat(statements).filteredOn(s -> s.text().contains("far-reaching goals")).hasSize(1);
    }

    @Test
    void groupsTwoWordingsOfOneStatementAndKeepsOtherStatementsApart() {
        SharedQuote negotiate = statementContaining("ready to negotiate");
        assertThat(fidelityByReport(negotiate)).containsOnlyKeys("002", "003").containsValue(Fidelity.ALTERED);
        SharedQuote peskov = statementContaining("continue to support");
        assertThat(fidelityByReport(peskov)).containsOnlyKeys("000", "004");
        assertThat(statementContaining("God willing").carriers()).hasSize(1);
        assertThat(statementContaining("This is a").carriers()).hasSize(2);
    }

    @Test
    void skipsWordsHeldAtArmsLength() {
        assertThat(quotes).noneMatch(q -> q.text().equals("redraw") || q.text().equals("foreign interference"));
    }
}
