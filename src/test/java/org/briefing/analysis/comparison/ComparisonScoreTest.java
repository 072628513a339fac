package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.analysis.comparison.ComparisonScore.GoldFigure;
import org.briefing.analysis.comparison.ComparisonScore.GoldQuote;
import org.briefing.analysis.comparison.ComparisonScore.ReportGold;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityKind;
import org.briefing.content.ArticleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonScoreTest {

    private static final ArticleId A = new ArticleId("a");
    private static final Entity PERRY = new Entity(new EntityId("rick-perry"), "Rick Perry", EntityKind.PERSON,
            List.of("Perry"), "", Optional.empty(), List.of(), Optional.empty());

    private static ComparisonScore.Result score(ReportGold gold, List<Quote> quotes, List<Figure> figures) {
        return ComparisonScore.score(Map.of("a", gold), Map.of("a", quotes), Map.of("a", figures), Map.of(PERRY.id(), PERRY));
    }

    private static Quote quote(String text, Entity speaker) {
        return new Quote(A, text, Optional.ofNullable(speaker).map(Entity::id), Optional.empty(), 0);
    }

    private static Figure figure(double value, String text, String counts, Entity source, String words) {
        return new Figure(A, value, text, Optional.empty(), Optional.ofNullable(counts), Optional.ofNullable(source).map(Entity::id),
                Optional.ofNullable(words), 0);
    }

    @Test
    void aQuoteMatchesWhenMostWordsOfEachAreInTheOtherAndItsSpeakerByName() {
        ReportGold gold = new ReportGold(List.of(
                new GoldQuote("A secure border is vital to protecting America's national security", Optional.of("Rick Perry")),
                new GoldQuote("We will never give up on this fight", Optional.empty()),
                new GoldQuote("not that simple", Optional.of("Glenn Beck"))), List.of());
        ComparisonScore.Result score = score(gold, List.of(
                quote("A secure border is vital to protecting America's national security, public safety and jobs.", PERRY),
                quote("We will never give up", PERRY),
                quote("The talks are over for this year and nobody knows what comes next", null)), List.of());

        assertThat(score.quoteRecall().hits()).isEqualTo(2);
        assertThat(score.quoteRecall().total()).isEqualTo(2);
        assertThat(score.shortRecall().total()).isEqualTo(1);
        assertThat(score.quotePrecision().hits()).isEqualTo(2);
        assertThat(score.quotePrecision().total()).isEqualTo(3);
        assertThat(score.speakers().hits()).as("a speaker where the gold names none is wrong").isEqualTo(1);
    }

    @Test
    void aFigureMatchesByValueOrWordsAndIsScoredForWhatItCountsAndItsSource() {
        ReportGold gold = new ReportGold(List.of(), List.of(
                new GoldFigure("at least 400", 400, "insurgents killed", Optional.of("Rick Perry")),
                new GoldFigure("$43,350", 43350, "Rolex watch", Optional.empty()),
                new GoldFigure("hundreds", 100, "protesters", Optional.empty()),
                new GoldFigure("five", 5, "children", Optional.empty())));
        ComparisonScore.Result score = score(gold, List.of(), List.of(
                figure(400, "at least 400 insurgents", "insurgents", PERRY, "Perry"),
                figure(43350, "$43,350", "dollars", null, "prosecutors"),
                figure(200, "hundreds of protesters", "protesters", PERRY, null),
                figure(12, "12 tanks", "tanks", null, null)));

        assertThat(score.figureRecall().hits()).isEqualTo(3);
        assertThat(score.figurePrecision().hits()).isEqualTo(3);
        assertThat(score.figurePrecision().total()).isEqualTo(4);
        assertThat(score.counts().hits()).as("a sum counts its currency").isEqualTo(3);
        assertThat(score.sources().hits()).as("unnamed prosecutors are no source; a named one where the gold has none is wrong")
                .isEqualTo(2);
        assertThat(score.errors()).anyMatch(e -> e.contains("figure missed: \"five\"")).anyMatch(e -> e.contains("\"12 tanks\""));
    }

    @Test
    void speakerPrecisionCountsOnlyTheQuotesShownWithASpeaker() {
        ReportGold gold = new ReportGold(List.of(
                new GoldQuote("A secure border is vital to protecting our national security", Optional.of("Rick Perry")),
                new GoldQuote("We will never give up on this fight for the border", Optional.of("Rick Perry")),
                new GoldQuote("The talks are over for this year and nobody knows more", Optional.of("Glenn Beck"))), List.of());
        ComparisonScore.Result score = score(gold, List.of(
                quote("A secure border is vital to protecting our national security", PERRY),
                quote("We will never give up on this fight for the border", null),
                quote("The talks are over for this year and nobody knows more", PERRY)), List.of());

        assertThat(score.namedSpeakers().hits()).isEqualTo(1);
        assertThat(score.namedSpeakers().total()).isEqualTo(3);
        assertThat(score.speakerPrecision().hits()).as("the unattributed quote is not counted").isEqualTo(1);
        assertThat(score.speakerPrecision().total()).isEqualTo(2);
    }

    @Test
    void readsPolnearGoldWithSpeakersAsWrittenAndResolvesPronounsToTheLastNamedSource(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("gold.json"), """
                {"articles": {"a": [
                  {"quote": "We will build the wall along the border", "speaker": "Perry", "speaker_is_pronoun": false, "attribution": "E1"},
                  {"quote": "And Mexico will pay for every mile of it", "speaker": "he", "speaker_is_pronoun": true, "attribution": "E3"}
                ]}}""");
        Files.writeString(folder.resolve("gold-attributions.json"), """
                {"articles": {"a": [{"id": "E1", "source": "Perry"}, {"id": "E2", "source": "the governor"},
                  {"id": "E3", "source": "he"}]}}""");

        List<GoldQuote> quotes = ComparisonScore.readGold(folder.resolve("gold.json")).get("a").quotes();

        assertThat(quotes).extracting(GoldQuote::form)
                .containsExactly(ComparisonScore.SpeakerForm.AS_WRITTEN, ComparisonScore.SpeakerForm.RESOLVED);
        assertThat(quotes.get(1).speaker()).contains("Perry");
        assertThat(ComparisonScore.speakerMatches(quotes.get(0), PERRY)).as("a surname as written is the full name's").isTrue();
        assertThat(ComparisonScore.speakerMatches(new GoldQuote("x", Optional.of("Spokesman Rick Perry of Texas"),
                ComparisonScore.SpeakerForm.AS_WRITTEN), PERRY)).isTrue();
        assertThat(ComparisonScore.speakerMatches(new GoldQuote("x", Optional.of("Anita Perry"),
                ComparisonScore.SpeakerForm.AS_WRITTEN), PERRY)).isFalse();
    }

    @Test
    void holdsOutAFixedQuarterOfArticles() {
        long heldOut = java.util.stream.IntStream.range(0, 400).mapToObj(i -> "article-" + i)
                .filter(ComparisonScore::isHeldOut).count();
        assertThat(heldOut).isBetween(70L, 130L);
        assertThat(ComparisonScore.isHeldOut("article-7")).isEqualTo(ComparisonScore.isHeldOut("article-7"));
    }
}
