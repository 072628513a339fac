package org.briefing.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.analysis.stories.SimilarityGraph.Edge;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {

    @Test
    void joinsPairsAboveTheThreshold() {
        assertThat(AverageLinkage.cluster(4, List.of(new Edge(0, 1, 0.9), new Edge(2, 3, 0.6)), 0.5))
                .containsExactly(List.of(0, 1), List.of(2, 3));
    }

    @Test
    void doesNotChainThroughOneSimilarMember() {
        // 0-1 and 1-2 are similar, 0-2 not at all: single linkage would make one cluster of three.
        assertThat(AverageLinkage.cluster(3, List.of(new Edge(0, 1, 0.9), new Edge(1, 2, 0.6)), 0.5))
                .containsExactly(List.of(0, 1), List.of(2));
    }

    @Test
    void joinsAThirdMemberSimilarToBoth() {
        assertThat(AverageLinkage.cluster(3, List.of(new Edge(0, 1, 0.9), new Edge(1, 2, 0.6), new Edge(0, 2, 0.5)), 0.5))
                .containsExactly(List.of(0, 1, 2));
    }
}
