package org.briefing.sitemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void marksTheWordsEachSideWordsDifferently() {
        WordDiff.Sides sides = WordDiff.of("We are ready to negotiate from tomorrow.", "We are ready to negotiate starting tomorrow.");
        assertThat(sides.first()).containsExactly(new WordDiff.Segment("We are ready to negotiate ", false),
                new WordDiff.Segment("from", true), new WordDiff.Segment(" ", false), new WordDiff.Segment("tomorrow.", false));
        assertThat(sides.second()).contains(new WordDiff.Segment("starting", true));
    }

    @Test
    void ignoresCaseAndPunctuationAndQuotationMarks() {
        WordDiff.Sides sides = WordDiff.of("“The terrorist escalation reflects,” he said", "\"the terrorist escalation reflects\" he said");
        assertThat(sides.first()).noneMatch(WordDiff.Segment::changed);
        assertThat(sides.second()).noneMatch(WordDiff.Segment::changed);
    }
}
