package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityRecognizer;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.analysis.stories.Reports;
import org.briefing.cleaning.CleanArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Speakers read the way reporters attribute quotes, on reports written for each rule. */
class QuoteFinderTest {

    private static List<Quote> quotesOf(String... paragraphs) {
        CleanArticle article = Reports.report("a", "Outlet", "2024-12-02", "Report", paragraphs);
        RecognizedEntities entities = new EntityRecognizer().recognize(List.of(article));
        return new QuoteFinder().find(article, entities.byArticle().get(article.id()), entities.byId());
    }

    private static Optional<String> speakerOf(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst()
                .map(q -> q.speaker().map(EntityId::value).or(() -> q.speakerName().map(name -> "as written: " + name)))
                .orElseThrow(() -> new AssertionError("no quote with " + words + ": " + quotes));
    }

    /**
     * A report written for one rule, and the speaker each of its quotes must get, by words of the
     * quote; an empty speaker means the quote stays unattributed, and "as written: NAME" a name the
     * recogniser does not know, shown as the report writes it.
     */
    record Case(String rule, List<String> paragraphs, Map<String, String> speakers) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Case> speakerRules() {
        return Stream.of(
                new Case("a quote after an attributed one in its paragraph has the same speaker",
                        List.of(
                                "Texas Governor Rick Perry spoke in Iowa on Tuesday.",
                                "\"We need a tough president on border crime,\" Perry said. \"A secure border is vital to our national security.\""),
                        Map.of("secure border", "rick-perry")),
                new Case("a name in between stops the speaker carrying on",
                        List.of(
                                "Senator Mary Landrieu met Governor Bobby Jindal in Baton Rouge.",
                                "\"We have work to do on the levees,\" Landrieu said, while Jindal listened. "
                                + "\"Nobody here wants another flood season like the last one.\""),
                        Map.of("work to do", "mary-landrieu", "another flood season", "")),
                new Case("reads a name in apposition after the role",
                        List.of(
                                "Hillary Clinton wanted a public hearing.",
                                "\u201cIt is by their choice that it has not happened,\u201d said the spokesman, Nick Merrill."),
                        Map.of("by their choice", "nick-merrill")),
                new Case("he said stands for the subject not a possessive or an object",
                        List.of(
                                "Mark Sheridan, the lawyer representing Christie's campaign, confirmed the subpoenas on Thursday.",
                                "\"The campaign will cooperate with the committee and respond to the subpoenas,\" he said."),
                        Map.of("campaign will cooperate", "mark-sheridan")),
                new Case("a sentence opening on he keeps the subject before it",
                        List.of(
                                "Paul Ryan spoke to supporters in Wisconsin on Sunday.",
                                "He recalled campaigning with Mitt Romney ahead of the primary.",
                                "\"We spent about five days on the road together,\" he said."),
                        Map.of("five days on the road", "paul-ryan")),
                new Case("the one spoken to is not the speaker",
                        List.of(
                                "House Speaker John Boehner gave an interview on Sunday.",
                                "\"There is a real chance that we could lose the House,\" he said to Fox News' Bill Hemmer."),
                        Map.of("real chance", "john-boehner")),
                new Case("a role beside a name describes it and does not hide the speaker",
                        List.of(
                                "Mitt Romney released a new advertisement on Tuesday.",
                                "Lis Smith, a spokeswoman for the Obama campaign, said, \u201cThe new advertisement is dishonest and hypocritical.\u201d"),
                        Map.of("dishonest", "lis-smith")),
                new Case("an unnamed spokesman speaks for whom the report said he speaks for",
                        List.of(
                                "A spokesperson for the Pentagon said the review of the program was under way.",
                                "\"We take these reports seriously and we will look at every claim,\" the spokesperson said."),
                        Map.of("take these reports seriously", "pentagon")),
                new Case("a quote that ends its sentence takes no attribution from the next",
                        List.of(
                                "Paul Ryan spoke on Fox News on Sunday.",
                                "In the interview, Ryan hammered Barack Obama for what he called his \u201cutter failure when it comes to creating jobs.\u201d "
                                + "Echoing the message of Mitt Romney, he said the economy was slowing down."),
                        Map.of("utter failure", "paul-ryan")),
                new Case("he said passes over a woman named just before",
                        List.of(
                                "Congressman Anthony Weiner spoke to reporters on Wednesday.",
                                "His wife, Laura Brennan, stood beside him at the news conference.",
                                "\"I am protecting my wife from all of this attention,\" he said."),
                        Map.of("protecting my wife", "anthony-weiner")),
                new Case("a paragraph of quote alone goes on the speaker the previous one closed on",
                        List.of(
                                "Senator Marco Rubio answered the question about his hands at the debate.",
                                "\u201cI have to say this, he hit my hands, and nobody has ever hit my hands,\u201d Rubio said.",
                                "\u201cHe referred to my hands, and I guarantee you there is no problem.\u201d"),
                        Map.of("no problem", "marco-rubio")),
                new Case("a quote attributed to someone unnamed does not take the last speaker",
                        List.of(
                                "Senator Ted Cruz spoke in Houston on Monday.",
                                "\u201cWe will win this state in November,\u201d Cruz said. "
                                + "\u201cHe cannot win this state in November,\u201d said a former campaign official."),
                        Map.of("We will win", "ted-cruz", "cannot win", "")),
                new Case("a name after the saying verb is what was said of not the speaker",
                        List.of(
                                "Laura Ingraham campaigned in Virginia with supporters on Sunday.",
                                "\u201cHe really just did not have very much money, but he had heart,\u201d she said of Dave Brat."),
                        Map.of("very much money", "laura-ingraham")),
                new Case("he does not stand for a name inside another quote",
                        List.of(
                                "Anthony Weiner spoke to reporters at the Capitol on Wednesday.",
                                "\u201cYou know, Jon Stewart might have had it right last night about the photograph,\u201d Weiner said.",
                                "He paused, then added: \u201cBut I do not know that, and I do not want it to be the headline.\u201d"),
                        Map.of("headline", "anthony-weiner")),
                new Case("the subject must stand right before the saying verb",
                        List.of(
                                "Hillary Clinton spoke in Ohio on Monday.",
                                "Asked about Hillary Clinton in Ohio, the retired teacher from Dayton who drove two hours said: "
                                + "\u201cShe is not part of us and it is as simple as that.\u201d"),
                        Map.of("simple as that", "")),
                new Case("a name the recogniser does not know is the speaker as written, and carries on",
                        List.of(
                                "Conservatives met in Washington on Monday to talk about the race.",
                                "\"Not only can he win in November, he is the one with the best chance,\" Viguerie said. "
                                + "\"Nobody else comes close to him on the issues.\""),
                        Map.of("best chance", "as written: Viguerie", "comes close", "as written: Viguerie")),
                new Case("the name at the verb is the speaker, not the principal of a spokesman before it",
                        List.of(
                                "Hillary Clinton spoke in Iowa on Monday.",
                                "\"The internment of people was a dark chapter in our history,\" Clinton spokesman Josh Schwerin said.",
                                "\"We expect to do well in Iowa following the same playbook,\" said Huckabee spokeswoman Alice Stewart."),
                        Map.of("dark chapter", "josh-schwerin", "same playbook", "alice-stewart")),
                new Case("a described speaker names no one at the verb",
                        List.of(
                                "Senator Ted Cruz spoke in Iowa on Monday.",
                                "\"We will win this state in February and then the nomination,\" the Texas senator said."),
                        Map.of("win this state", "")),
                new Case("the speaker of a short quote carries on to the quote after it",
                        List.of(
                                "Donald Trump and Mitt Romney took the stage on Thursday.",
                                "\"The bullying,\" Romney said, as the crowd cheered. \"The greed. The showing off. The absurd theatrics.\""),
                        Map.of("showing off", "as written: Mitt Romney")),
                new Case("a role beside the last speaker does not name another speaker",
                        List.of(
                                "Bernie Sanders campaigned in Columbia on Friday.",
                                "\"People want to know why they should not vote for Clinton,\" said Bree Maxwell, a Sanders volunteer "
                                + "in Richland County. \"But they are very receptive to what we say.\""),
                        Map.of("very receptive", "bree-maxwell")),
                // PolNeAR: "…," Welch said, according to Vermont Edition (the gold gives the outlet)
                new Case("a quote given second-hand through an outlet has no speaker, nor the quote after it",
                        List.of(
                                "Senator Bernie Sanders campaigned in Vermont with Peter Welch on Friday.",
                                "\"I will be voting for him on the first of March,\" Welch said, according to Vermont Public Radio. "
                                + "\"And I have decided to back him at the convention.\""),
                        Map.of("first of March", "", "at the convention", "")),
                new Case("the speaker's own statement on record is no second-hand source",
                        List.of(
                                "President Bashar al-Assad spoke to Iranian President Masoud Pezeshkian on Sunday.",
                                "\"The escalation reflects far-reaching goals in the region,\" Assad said, according to a statement "
                                + "from the Syrian presidency."),
                        Map.of("far-reaching goals", "bashar-al-assad")),
                new Case("a question put to the subject is not the subject's words",
                        List.of(
                                "Sidney Blumenthal appeared on CNN on Wednesday.",
                                "Blumenthal was asked, \"If you had known about the server, would you have told her?\" "
                                + "He answered, \"I have no idea at all, we are old friends.\""),
                        Map.of("known about the server", "", "old friends", "sidney-blumenthal")),
                new Case("a name after the quote that is no subject of the verb is not the speaker",
                        List.of(
                                "Senator Bernie Sanders and the Democratic National Committee met on Monday.",
                                "The committee released a statement offering \"a deep and sincere apology\" to Senator Bernie Sanders "
                                + "after leaked emails showed its staff favoring Hillary Clinton."),
                        Map.of("deep and sincere apology", "")),
                new Case("the name before and said ends another phrase, not the subject",
                        List.of(
                                "Mayor Bill de Blasio and Commissioner William Bratton spoke on Friday.",
                                "The mayor said the move was made by William Bratton and said, \"Who are you going to trust on "
                                + "security and keeping people safe?\""),
                        Map.of("going to trust", "")),
                new Case("a name between commas after the quote is the speaker, not the name before it",
                        List.of(
                                "Chris Christie faced subpoenas on Thursday.",
                                "\"We can confirm that the campaign received subpoenas for documents,\" the lawyer, Mark Sheridan, "
                                + "said in an email."),
                        Map.of("received subpoenas", "mark-sheridan")),
                new Case("a clause after the quote with a subject of its own is no attribution of it",
                        List.of(
                                "Senator Kelly Ayotte, Senator Susan Collins and Representative Louis Gohmert spoke on Tuesday.",
                                "Her campaign said it \"is not planning to endorse anyone this cycle,\" while Susan Collins "
                                + "suggested she would offer conditional support."),
                        Map.of("endorse anyone", "")),
                new Case("a participle after the quote goes on with the subject before it, and names no one after it",
                        List.of(
                                "Senator Ben Cardin and the Congress met on Wednesday.",
                                "Ben Cardin stressed that \"the way to proceed is to get both parties working together,\" "
                                + "suggesting that the only way to do that with this Congress was a plain renewal."),
                        Map.of("way to proceed", "ben-cardin")),
                new Case("the subject of the first saying verb does not speak a quote a later clause introduces",
                        List.of(
                                "David Axelrod and Hillary Clinton were both on Twitter during the debate.",
                                "David Axelrod tweeted after Hillary Clinton argued that \"if everyone had voted as he voted, "
                                + "we would not have rescued the auto industry.\""),
                        Map.of("rescued the auto industry", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("speakerRules")
    void givesEachQuoteTheSpeakerItsRuleNames(Case rule) {
        List<Quote> quotes = quotesOf(rule.paragraphs().toArray(String[]::new));
        rule.speakers().forEach((words, speaker) -> assertThat(speakerOf(quotes, words)).as(words)
                .isEqualTo(speaker.isEmpty() ? Optional.empty() : Optional.of(speaker)));
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
    void titlesKeepTheirSmallWordsInLowerCaseAndSpeechDoesNot() {
        assertThat(QuoteFinder.isTitle("On the Record with Greta Van Susteren.")).isTrue();
        assertThat(QuoteFinder.isTitle("State of the Union")).isTrue();
        assertThat(QuoteFinder.isTitle("Nice to see all of you,")).isFalse();
        assertThat(QuoteFinder.isTitle("We are ready to negotiate")).isFalse();
    }
}
