package org.briefing.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.analysis.stories.Reports.report;
import static org.briefing.analysis.stories.Reports.withKey;

import java.util.List;
import org.briefing.cleaning.CleanArticle;
import org.junit.jupiter.api.Test;

/** Grouping rules that hold whatever the corpus: keys win, time windows, one story per event. */
class StoryGroupingTest {

    private static final String RAIDS = "Syrian and Russian warplanes struck rebel positions in Idlib and Aleppo on Monday, "
            + "killing eleven civilians, as government forces tried to slow the opposition offensive.";
    private static final String RAIDS_AGAIN = "Russian and Syrian jets pounded rebel-held Idlib and Aleppo on Monday, killing "
            + "eleven civilians as the government sought to slow the opposition offensive.";
    private static final String BUDGET = "The city council approved a budget that raises spending on schools, parks and "
            + "road repairs while cutting the parking fees downtown businesses pay.";

    private static List<List<String>> groups(CleanArticle... articles) {
        return new StoryGrouper().group(List.of(articles)).stream()
                .map(story -> story.articles().stream().map(id -> id.value()).toList()).toList();
    }

    @Test
    void groupsReportsOfOneEventAndKeepsOthersApart() {
        assertThat(groups(
                report("a", "A", "2024-12-02", "Russia and Syria strike rebels in Idlib", RAIDS),
                report("b", "B", "2024-12-02", "Syrian and Russian jets hit Idlib and Aleppo", RAIDS_AGAIN),
                report("c", "C", "2024-12-02", "Council approves school and parks budget", BUDGET)))
                .containsExactlyInAnyOrder(List.of("a", "b"), List.of("c"));
    }

    @Test
    void anExplicitStoryKeyWinsOverTheText() {
        assertThat(groups(
                withKey(report("a", "A", "2024-12-02", "Russia and Syria strike rebels in Idlib", RAIDS), "budget"),
                report("b", "B", "2024-12-02", "Syrian and Russian jets hit Idlib and Aleppo", RAIDS_AGAIN),
                withKey(report("c", "C", "2024-12-02", "Council approves school and parks budget", BUDGET), "budget")))
                .containsExactlyInAnyOrder(List.of("a", "c"), List.of("b"));
    }

    @Test
    void reportsMonthsApartAreNotOneStory() {
        assertThat(groups(
                report("a", "A", "2024-12-02", "Russia and Syria strike rebels in Idlib", RAIDS),
                report("b", "B", "2025-03-02", "Syrian and Russian jets hit Idlib and Aleppo", RAIDS_AGAIN)))
                .containsExactlyInAnyOrder(List.of("a"), List.of("b"));
    }

    @Test
    void allowsSeveralReportsFromOneOutlet() {
        assertThat(groups(
                report("a", "A", "2024-12-02", "Russia and Syria strike rebels in Idlib", RAIDS),
                report("b", "A", "2024-12-03", "Syrian and Russian jets hit Idlib and Aleppo", RAIDS_AGAIN)))
                .containsExactly(List.of("a", "b"));
    }

    @Test
    void putsUndatedReportsWithTheEventTheyDescribe() {
        assertThat(groups(
                report("a", "A", "2024-12-02", "Russia and Syria strike rebels in Idlib", RAIDS),
                report("b", null, null, "Syrian and Russian jets hit Idlib and Aleppo", RAIDS_AGAIN)))
                .containsExactly(List.of("a", "b"));
    }
}
