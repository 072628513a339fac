package org.briefing.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EvidenceCountsTest {

    private static EvidenceCounts group(int reports, int... terms) {
        EvidenceCounts counts = EvidenceCounts.ofReport(Arrays.stream(terms).sorted().toArray());
        for (int r = 1; r < reports; r++) {
            counts = counts.plus(EvidenceCounts.ofReport(Arrays.stream(terms).sorted().toArray()));
        }
        return counts;
    }

    @Test
    void scoresTheGStatisticOfTwoShares() {
        // 10 of 10 against 0 of 11: 2 * (10 ln(21/10) + 11 ln(21/11))
        assertThat(EvidenceCounts.g(10, 10, 0, 11)).isCloseTo(2 * (10 * Math.log(2.1) + 11 * Math.log(21.0 / 11)), within(1e-9));
        assertThat(EvidenceCounts.g(3, 6, 3, 6)).isCloseTo(0, within(1e-9));
    }

    @Test
    void groupsThatEachNameWhatTheOtherLacksConflict() {
        EvidenceCounts rahmanFight = group(10, 1, 7);
        EvidenceCounts thompsonFight = group(11, 2, 7);
        assertThat(rahmanFight.conflictWith(thompsonFight)).isGreaterThan(StoryGrouper.MAX_CONFLICT);
    }

    @Test
    void aGroupThatOnlyAddsNamesDoesNotConflict() {
        EvidenceCounts first = group(10, 7);
        EvidenceCounts followUps = group(10, 2, 7);
        assertThat(first.conflictWith(followUps)).isZero();
    }

    @Test
    void oneReportNeverConflictsWithAStory() {
        EvidenceCounts story = group(50, 1, 2, 3);
        EvidenceCounts report = group(1, 4, 5);
        assertThat(story.conflictWith(report)).isZero();
    }

    @Test
    void mergedCountsAddUpPerTerm() {
        EvidenceCounts merged = group(2, 1, 3).plus(group(1, 2, 3));
        assertThat(merged.reports()).isEqualTo(3);
        // term 3 in all three, term 1 in two: against three reports naming only term 2, term 1 conflicts
        assertThat(merged.conflictWith(group(3, 2))).isGreaterThan(0);
    }
}
