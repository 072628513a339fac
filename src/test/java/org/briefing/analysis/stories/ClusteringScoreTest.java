package org.briefing.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClusteringScoreTest {

    static Stream<Arguments> groupings() {
        List<List<String>> gold = List.of(List.of("a", "b", "c"), List.of("d", "e"));
        return Stream.of(
                // predicted, B-cubed precision, recall, pairwise F1
                Arguments.of(gold, gold, 1.0, 1.0, 1.0),
                Arguments.of(List.of(List.of("a", "b", "c", "d", "e")), gold, 13.0 / 25, 1.0, 8.0 / 14),
                Arguments.of(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"), List.of("e")), gold, 1.0, 0.4, 0.0),
                Arguments.of(List.of(List.of("a", "b"), List.of("c"), List.of("d", "e")), gold, 1.0, 11.0 / 15, 2.0 * 1 * 0.5 / 1.5));
    }

    @ParameterizedTest
    @MethodSource("groupings")
    void scoresAGroupingAgainstTheGold(List<List<String>> predicted, List<List<String>> gold, double precision,
                                       double recall, double pairF1) {
        ClusteringScore score = ClusteringScore.of(predicted, gold);
        assertThat(score.precision()).isCloseTo(precision, within(1e-9));
        assertThat(score.recall()).isCloseTo(recall, within(1e-9));
        assertThat(score.pairF1()).isCloseTo(pairF1, within(1e-9));
        assertThat(score.items()).isEqualTo(5);
    }
}
