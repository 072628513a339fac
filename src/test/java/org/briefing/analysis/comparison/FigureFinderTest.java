package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.stories.Reports;
import org.briefing.cleaning.CleanArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureFinderTest {

    private static List<Figure> figuresIn(String sentence) {
        CleanArticle article = Reports.report("a", "Example News", "2024-12-02", "A headline", sentence);
        return new FigureFinder().find(article, new ArticleEntities(article.id(), List.of(), List.of()), Map.of(), List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Officials said 1,200 homes were destroyed.                  | 1,200 homes            | 1200      | homes",
        "The floods displaced nearly two million people.             | nearly two million people | 2000000 | people",
        "Turnout reached 64.5 percent, the commission said.         | 64.5 percent           | 64.5      | percent",
        "The city asked for $2 billion in aid.                       | $2 billion             | 2000000000 | dollars",
        "Rescuers pulled twenty-three survivors from the rubble.     | twenty-three survivors | 23        | survivors",
        "The death toll rose to more than 300 on Tuesday.            | more than 300          | 300       | dead",
        "At least 12 were wounded, two of them critically.           | At least 12 were wounded | 12      | wounded",
        "Hundreds of protesters marched to the ministry.             | Hundreds of protesters | 200       | protesters",
        "Tens of thousands of people fled the city.                  | Tens of thousands of people | 20000 | people",
        "Two of the mayor's aides testified on Monday.               | Two of the mayor's aides | 2        | mayor's aides",
        "He gave the party a one-in-four chance of winning.          | one-in-four chance     | 0.25      | chance",
        "There is a 2 in 3 chance that the bill passes.             | 2 in 3 chance          | 0.6666666666666666 | chance",
        "He used the $750,000 in campaign money for himself.         | $750,000               | 750000    | dollars",
        "Nine leading technology companies joined the program.       | Nine leading technology companies | 9 | leading technology companies",
        "At least one candidate has withdrawn.                       | At least one candidate | 1         | candidate",
        "The two states filed a lawsuit on Thursday.                 | two states             | 2         | states",
        "Republicans hold a 242-190 seat advantage in the House.     | 242-190 seat advantage | 242       | seat advantage",
        "Republicans hold a 242-190 seat advantage in the House.     | 190 seat advantage     | 190       | seat advantage",
        "The House approved the plan by a vote of 228 to 191.        | 228                    | 228       | votes",
        "The House approved the plan by a vote of 228 to 191.        | 191                    | 191       | votes",
        "She would not abandon the 12-nation Pacific trade deal.     | 12-nation              | 12        | nation",
        "Democrats cling to a fragile six-vote majority.            | six-vote               | 6         | vote",
        "Mrs. Clinton invoked Ms. Pelosi's name twice in her remarks. | twice                 | 2         | times",
        "The result could be zero growth next year.                  | zero growth            | 0         | growth",
        "A third of the voters stayed home.                          | A third of the voters  | 0.3333333333333333 | voters",
        "He promised thousands more federal boots on the ground.     | thousands more federal boots | 2000 | federal boots",
    })
    void findsFiguresWrittenInDigitsOrWords(String sentence, String text, double value, String counts) {
        List<Figure> figures = figuresIn(sentence);
        assertThat(figures).extracting(Figure::text).contains(text);
        Figure figure = figures.stream().filter(f -> f.text().equals(text)).findFirst().orElseThrow();
        assertThat(figure.value()).isEqualTo(value);
        assertThat(figure.counts()).isEqualTo(counts.equals("-") ? Optional.empty() : Optional.of(counts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "An NBC News/Wall Street Journal poll last week found that 46 percent favored Democrats. | An NBC News/Wall Street Journal poll last week",
        "The overall result could be a 2.1 percent growth rate projected by the IMF.           | the IMF",
        "The lawyer for Mrs. Clinton, David Kendall, said that her roughly 60,000 emails were read. | David Kendall",
        "A new report in The Guardian, published online on Saturday, cited 97 billion pieces of data. | A new report in The Guardian",
    })
    void findsTheSourceOfAFigure(String sentence, String source) {
        assertThat(figuresIn(sentence)).extracting(Figure::attribution).first().isEqualTo(Optional.of(source));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The war began in 2011 and has not ended.",
        "The vote was held on 20 January after the talks.",
        "Fighting over the past 24 hours was the worst in two years.",
        "The video runs 0:59 and shows the crossing.",
        "The council adopted Resolution 2254 without a vote.",
        "The two-pronged attack surprised the leaders.",
        "After the talks the two met in private.",
        "Mr. Blumenthal, 64, is known as a lawyer.",
        "Prosecutors asked that she be sentenced to 18 to 24 months.",
        "The letters were sent on Oct. 19, 2011, to the committee.",
        "The No. 3 Republican in the House spoke first.",
        "Under Colorado law anyone 21 or older can buy it.",
        "It was the first three-day visit by a president.",
        "Three sources told the agency the deal was close.",
        "The 9/11 health bill passed 1 without amendment.",
    })
    void leavesOutNumbersThatAreNotClaims(String sentence) {
        assertThat(figuresIn(sentence)).isEmpty();
    }
}
