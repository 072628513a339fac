package org.briefing.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.briefing.analysis.stories.SimilarityGraph.Edge;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {

    private static List<List<Integer>> clusterWithoutEvidence(int n, List<Edge> edges, double threshold) {
        return AverageLinkage.cluster(n, edges, threshold, undated(n), Collections.nCopies(n, new int[0]), StoryGrouper.MAX_CONFLICT);
    }

    private static List<Optional<LocalDate>> undated(int n) {
        return Collections.nCopies(n, Optional.empty());
    }

    @Test
    void joinsPairsAboveTheThreshold() {
        assertThat(clusterWithoutEvidence(4, List.of(new Edge(0, 1, 0.9), new Edge(2, 3, 0.6)), 0.5))
                .containsExactly(List.of(0, 1), List.of(2, 3));
    }

    @Test
    void doesNotChainThroughOneSimilarMember() {
        // 0-1 and 1-2 are similar, 0-2 not at all: single linkage would make one cluster of three.
        assertThat(clusterWithoutEvidence(3, List.of(new Edge(0, 1, 0.9), new Edge(1, 2, 0.6)), 0.5))
                .containsExactly(List.of(0, 1), List.of(2));
    }

    @Test
    void joinsAThirdMemberSimilarToBoth() {
        assertThat(clusterWithoutEvidence(3, List.of(new Edge(0, 1, 0.9), new Edge(1, 2, 0.6), new Edge(0, 2, 0.5)), 0.5))
                .containsExactly(List.of(0, 1, 2));
    }

    /** Two title fights of one boxer: reports 0-4 name one opponent (term 1), reports 5-9 another (term 2). */
    @Test
    void keepsApartTwoGroupsThatEachNameWhatTheOtherDoesNot() {
        List<Edge> edges = allPairs(10, 0.6, 0.4);
        List<int[]> evidence = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            evidence.add(i < 5 ? new int[] {0, 1} : new int[] {0, 2});
        }
        assertThat(AverageLinkage.cluster(10, edges, 0.3, undated(10), evidence, StoryGrouper.MAX_CONFLICT))
                .containsExactly(List.of(0, 1, 2, 3, 4), List.of(5, 6, 7, 8, 9));
    }

    @Test
    void letsDatesDecideWhenBothGroupsWereReportedInOneWeek() {
        // Lindsay Lohan skips one clinic (her lawyer named) and enters another (the clinic named)
        // a day later: the names differ, but these are stages of one event.
        List<Edge> edges = allPairs(10, 0.6, 0.4);
        List<int[]> evidence = new ArrayList<>();
        List<Optional<LocalDate>> dates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            evidence.add(i < 5 ? new int[] {0, 1} : new int[] {0, 2});
            dates.add(Optional.of(LocalDate.of(2013, 5, i < 5 ? 2 : 3)));
        }
        assertThat(AverageLinkage.cluster(10, edges, 0.3, dates, evidence, StoryGrouper.MAX_CONFLICT))
                .containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void joinsTwoGroupsWhenOnlyOneOfThemNamesSomethingNew() {
        // A follow-up naming a witness adds a name; it contradicts nothing the first reports say.
        List<Edge> edges = allPairs(10, 0.6, 0.4);
        List<int[]> evidence = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            evidence.add(i < 5 ? new int[] {0} : new int[] {0, 2});
        }
        assertThat(AverageLinkage.cluster(10, edges, 0.3, undated(10), evidence, StoryGrouper.MAX_CONFLICT))
                .containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    /** Every pair: {@code within} inside the halves 0-4 and 5-9, {@code across} between them. */
    private static List<Edge> allPairs(int n, double within, double across) {
        List<Edge> edges = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                edges.add(new Edge(a, b, (a < n / 2) == (b < n / 2) ? within : across));
            }
        }
        return edges;
    }
}
