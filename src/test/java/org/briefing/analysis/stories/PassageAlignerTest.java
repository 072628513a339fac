package org.briefing.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.analysis.stories.Reports;
import org.junit.jupiter.api.Test;

class PassageAlignerTest {

    @Test
    void alignsAParaphraseAndNotASentenceOnAnotherMatter() {
        var a = Reports.report("a", "One", "2024-12-02", "Talks",
                "The opposition leader said: \"We are ready to negotiate from tomorrow.\"",
                "Floods closed the northern highway for a second week.");
        var b = Reports.report("b", "Two", "2024-12-02", "Talks",
                "The opposition leader said: \"We are ready to negotiate starting tomorrow.\"",
                "The opposition leader met the northern governor on the highway.");
        List<Passage> passages = new PassageAligner().align(List.of(a, b));
        assertThat(passages).hasSize(3);
        assertThat(passages.get(0).sentences()).extracting(Passage.Sentence::text)
                .containsExactly("The opposition leader said: \"We are ready to negotiate from tomorrow.\"",
                        "The opposition leader said: \"We are ready to negotiate starting tomorrow.\"");
        assertThat(passages.subList(1, 3)).allSatisfy(p -> assertThat(p.sentences()).hasSize(1));
    }

    @Test
    void takesAtMostOneSentenceOfAReportIntoAPassage() {
        var a = Reports.report("a", "One", "2024-12-02", "Bridge",
                "The council voted to rebuild the old river bridge.", "The council voted again to rebuild the old river bridge.");
        var b = Reports.report("b", "Two", "2024-12-02", "Bridge", "The council voted to rebuild the old river bridge.");
        List<Passage> passages = new PassageAligner().align(List.of(a, b));
        assertThat(passages).allSatisfy(p -> assertThat(p.sentences().stream().map(Passage.Sentence::article).distinct())
                .hasSameSizeAs(p.sentences()));
        assertThat(passages.get(0).sentences()).hasSize(2);
    }

    /** Wire copy carried word for word by several reports is held once, not once a report. */
    @Test
    void reportsCarryingASentenceVerbatimShareItsText() {
        var a = Reports.report("a", "One", "2024-12-02", "Bridge", "The council voted to rebuild the old river bridge at last.");
        var b = Reports.report("b", "Two", "2024-12-02", "Bridge", "The council voted to rebuild the old river bridge at last.");
        Passage passage = new PassageAligner().align(List.of(a, b)).get(0);
        assertThat(passage.sentences()).hasSize(2);
        assertThat(passage.sentences().get(1).text()).isSameAs(passage.sentences().get(0).text());
    }
}
