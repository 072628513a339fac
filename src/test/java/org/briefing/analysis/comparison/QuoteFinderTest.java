package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityRecognizer;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.analysis.stories.Reports;
import org.briefing.cleaning.CleanArticle;
import org.junit.jupiter.api.Test;

/** Speakers read the way reporters attribute quotes, on reports written for each rule. */
class QuoteFinderTest {

    private static List<Quote> quotesOf(String... paragraphs) {
        CleanArticle article = Reports.report("a", "Outlet", "2024-12-02", "Report", paragraphs);
        RecognizedEntities entities = new EntityRecognizer().recognize(List.of(article));
        return new QuoteFinder().find(article, entities.byArticle().get(article.id()), entities.byId());
    }

    private static Optional<String> speakerOf(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with " + words + ": " + quotes))
                .speaker().map(EntityId::value);
    }

    @Test
    void aQuoteAfterAnAttributedOneInItsParagraphHasTheSameSpeaker() {
        List<Quote> quotes = quotesOf("Texas Governor Rick Perry spoke in Iowa on Tuesday.",
                "\"We need a tough president on border crime,\" Perry said. \"A secure border is vital to our national security.\"");
        assertThat(speakerOf(quotes, "secure border")).contains("rick-perry");
    }

    @Test
    void aNameInBetweenStopsTheSpeakerCarryingOn() {
        List<Quote> quotes = quotesOf("Senator Mary Landrieu met Governor Bobby Jindal in Baton Rouge.",
                "\"We have work to do on the levees,\" Landrieu said, while Jindal listened. "
                        + "\"Nobody here wants another flood season like the last one.\"");
        assertThat(speakerOf(quotes, "work to do")).contains("mary-landrieu");
        assertThat(speakerOf(quotes, "another flood season")).isEmpty();
    }

    @Test
    void readsANameInAppositionAfterTheRole() {
        List<Quote> quotes = quotesOf("Hillary Clinton wanted a public hearing.",
                "\u201cIt is by their choice that it has not happened,\u201d said the spokesman, Nick Merrill.");
        assertThat(speakerOf(quotes, "by their choice")).contains("nick-merrill");
    }

    @Test
    void heSaidStandsForTheSubjectNotAPossessiveOrAnObject() {
        List<Quote> quotes = quotesOf(
                "Mark Sheridan, the lawyer representing Christie's campaign, confirmed the subpoenas on Thursday.",
                "\"The campaign will cooperate with the committee and respond to the subpoenas,\" he said.");
        assertThat(speakerOf(quotes, "campaign will cooperate")).contains("mark-sheridan");
    }

    @Test
    void aSentenceOpeningOnHeKeepsTheSubjectBeforeIt() {
        List<Quote> quotes = quotesOf("Paul Ryan spoke to supporters in Wisconsin on Sunday.",
                "He recalled campaigning with Mitt Romney ahead of the primary.",
                "\"We spent about five days on the road together,\" he said.");
        assertThat(speakerOf(quotes, "five days on the road")).contains("paul-ryan");
    }

    @Test
    void theOneSpokenToIsNotTheSpeaker() {
        List<Quote> quotes = quotesOf("House Speaker John Boehner gave an interview on Sunday.",
                "\"There is a real chance that we could lose the House,\" he said to Fox News' Bill Hemmer.");
        assertThat(speakerOf(quotes, "real chance")).contains("john-boehner");
    }

    @Test
    void leavesOutTitlesInCapitalsAndClosesMixedQuotationMarks() {
        List<Quote> quotes = quotesOf("Senator Bernie Sanders was asked about the trade bill.",
                "\u201cIt is a failed trade policy and we have to defeat it,\" Sanders said on \"Face the Nation.\"");
        assertThat(quotes).extracting(Quote::text).containsExactly("It is a failed trade policy and we have to defeat it,");
        assertThat(speakerOf(quotes, "failed trade policy")).contains("bernie-sanders");
    }

    @Test
    void theSayingVerbsIncludeCallingAndAcknowledging() {
        List<Quote> quotes = quotesOf("Jesse Jackson Jr. pleaded guilty on Wednesday.",
                "Jackson acknowledged he \"used money that should not have been used\" for his campaign.");
        assertThat(speakerOf(quotes, "used money")).hasValueSatisfying(id -> assertThat(id).startsWith("jesse"));
    }

    @Test
    void aRoleBesideANameDescribesItAndDoesNotHideTheSpeaker() {
        List<Quote> quotes = quotesOf("Mitt Romney released a new advertisement on Tuesday.",
                "Lis Smith, a spokeswoman for the Obama campaign, said, \u201cThe new advertisement is dishonest and hypocritical.\u201d");
        assertThat(speakerOf(quotes, "dishonest")).contains("lis-smith");
    }

    @Test
    void anUnnamedSpokesmanSpeaksForWhomTheReportSaidHeSpeaksFor() {
        List<Quote> quotes = quotesOf("A spokesperson for the Pentagon said the review of the program was under way.",
                "\"We take these reports seriously and we will look at every claim,\" the spokesperson said.");
        assertThat(speakerOf(quotes, "take these reports seriously")).contains("pentagon");
    }

    @Test
    void aQuoteThatEndsItsSentenceTakesNoAttributionFromTheNext() {
        List<Quote> quotes = quotesOf("Paul Ryan spoke on Fox News on Sunday.",
                "In the interview, Ryan hammered Barack Obama for what he called his \u201cutter failure when it comes to creating jobs.\u201d "
                        + "Echoing the message of Mitt Romney, he said the economy was slowing down.");
        assertThat(speakerOf(quotes, "utter failure")).contains("paul-ryan");
    }

    @Test
    void heSaidPassesOverAWomanNamedJustBefore() {
        List<Quote> quotes = quotesOf("Congressman Anthony Weiner spoke to reporters on Wednesday.",
                "His wife, Laura Brennan, stood beside him at the news conference.",
                "\"I am protecting my wife from all of this attention,\" he said.");
        assertThat(speakerOf(quotes, "protecting my wife")).contains("anthony-weiner");
    }

    @Test
    void titlesKeepTheirSmallWordsInLowerCaseAndSpeechDoesNot() {
        assertThat(QuoteFinder.isTitle("On the Record with Greta Van Susteren.")).isTrue();
        assertThat(QuoteFinder.isTitle("State of the Union")).isTrue();
        assertThat(QuoteFinder.isTitle("Nice to see all of you,")).isFalse();
        assertThat(QuoteFinder.isTitle("We are ready to negotiate")).isFalse();
    }

    @Test
    void aParagraphOfQuoteAloneGoesOnTheSpeakerThePreviousOneClosedOn() {
        List<Quote> quotes = quotesOf("Senator Marco Rubio answered the question about his hands at the debate.",
                "\u201cI have to say this, he hit my hands, and nobody has ever hit my hands,\u201d Rubio said.",
                "\u201cHe referred to my hands, and I guarantee you there is no problem.\u201d");
        assertThat(speakerOf(quotes, "no problem")).contains("marco-rubio");
    }

    @Test
    void aQuoteAttributedToSomeoneUnnamedDoesNotTakeTheLastSpeaker() {
        List<Quote> quotes = quotesOf("Senator Ted Cruz spoke in Houston on Monday.",
                "\u201cWe will win this state in November,\u201d Cruz said. "
                        + "\u201cHe cannot win this state in November,\u201d said a former campaign official.");
        assertThat(speakerOf(quotes, "We will win")).contains("ted-cruz");
        assertThat(speakerOf(quotes, "cannot win")).isEmpty();
    }

    @Test
    void aNameAfterTheSayingVerbIsWhatWasSaidOfNotTheSpeaker() {
        List<Quote> quotes = quotesOf("Laura Ingraham campaigned in Virginia with supporters on Sunday.",
                "\u201cHe really just did not have very much money, but he had heart,\u201d she said of Dave Brat.");
        assertThat(speakerOf(quotes, "very much money")).contains("laura-ingraham");
    }

    @Test
    void heDoesNotStandForANameInsideAnotherQuote() {
        List<Quote> quotes = quotesOf("Anthony Weiner spoke to reporters at the Capitol on Wednesday.",
                "\u201cYou know, Jon Stewart might have had it right last night about the photograph,\u201d Weiner said.",
                "He paused, then added: \u201cBut I do not know that, and I do not want it to be the headline.\u201d");
        assertThat(speakerOf(quotes, "headline")).contains("anthony-weiner");
    }

    @Test
    void theSubjectMustStandRightBeforeTheSayingVerb() {
        List<Quote> quotes = quotesOf("Hillary Clinton spoke in Ohio on Monday.",
                "Asked about Hillary Clinton in Ohio, the retired teacher from Dayton who drove two hours said: "
                        + "\u201cShe is not part of us and it is as simple as that.\u201d");
        assertThat(speakerOf(quotes, "simple as that")).isEmpty();
    }
}
