package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.stories.Reports;
import org.briefing.cleaning.CleanArticle;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 3: the story page grouped "500,000 people" (the war's dead) with "at least 25
 * people" (a day's) as one claim, and led with "three actors" while it dropped the headline's
 * "at least 400 insurgents".
 */
class FigureGrouperTest {

    private static List<FigureClaim> claimsOf(CleanArticle... reports) {
        List<Figure> figures = new ArrayList<>();
        for (CleanArticle report : reports) {
            figures.addAll(new FigureFinder().find(report, new ArticleEntities(report.id(), List.of(), List.of()), Map.of(), List.of()));
        }
        return new FigureGrouper().group(figures, List.of(), List.of(reports));
    }

    @Test
    void keepsNumbersOfOtherSizesApart() {
        List<FigureClaim> claims = claimsOf(Reports.report("a", "A", "2024-12-02", "Strikes on Idlib",
                "The war has left 500,000 people dead.", "At least 25 people were killed in the strikes on Monday."));
        assertThat(claims).hasSize(2).allSatisfy(claim -> assertThat(claim.figures()).hasSize(1));
    }

    @Test
    void joinsAFigureThatTellsNoOutcomeToTheOneOutcomeToldForTheSameThing() {
        List<FigureClaim> claims = claimsOf(
                Reports.report("a", "A", "2024-12-02", "Strikes", "Five children were killed in the strikes."),
                Reports.report("b", "B", "2024-12-02", "Strikes", "Among them were 10 children, rescuers said."));
        assertThat(claims).filteredOn(c -> c.counts().equals("children")).singleElement()
                .satisfies(c -> assertThat(c.reportCount()).isEqualTo(2));
    }

    @Test
    void tellsTheDeadFromTheDisplaced() {
        List<FigureClaim> claims = claimsOf(Reports.report("a", "A", "2024-12-02", "Floods",
                "Some 300 people were killed by the floods.", "About 200 people fled their homes in the valley."));
        assertThat(claims).extracting(FigureClaim::outcome).containsExactlyInAnyOrder("killed", "displaced");
    }

    @Test
    void putsFiguresSeveralReportsGiveFirstAndLeavesIncidentalOnesOffTheStoryPage() {
        List<FigureClaim> claims = claimsOf(
                Reports.report("a", "A", "2024-12-02", "Talks resume", "Three actors will take part in the talks.",
                        "At least 40 soldiers were killed near the border."),
                Reports.report("b", "B", "2024-12-02", "Army says 45 soldiers killed", "At least 45 soldiers were killed, the army said."));
        assertThat(claims.get(0).counts()).isEqualTo("soldiers");
        assertThat(claims.get(0).reportCount()).isEqualTo(2);
        assertThat(claims.get(0).matters()).isTrue();
        assertThat(claims).filteredOn(c -> c.counts().equals("actors")).singleElement()
                .satisfies(c -> assertThat(c.matters()).isFalse());
    }
}
