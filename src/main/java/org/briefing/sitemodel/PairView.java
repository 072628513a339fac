package org.briefing.sitemodel;

import java.util.List;

/**
 * Two reports of a story side by side: aligned sentences in one row, their differing words
 * marked; a sentence only one of them has stands in a row alone.
 *
 * @param percent the share of their words in aligned sentences
 */
public record PairView(String title, String storyTitle, String storyUrl, String comparisonUrl, LinkView first,
                       LinkView second, int percent, List<Row> rows) implements PageView {

    public PairView {
        rows = List.copyOf(rows);
    }

    /**
     * A row: the first report's sentence and the second's; an empty side has no sentence.
     *
     * @param unaligned for a run of sentences only one report has: how many (they are counted, not
     *                  repeated: the report's own page has them); 0 for a row of sentences
     */
    public record Row(List<WordDiff.Segment> first, List<WordDiff.Segment> second, int unaligned, boolean inFirst) {

        public Row {
            first = List.copyOf(first);
            second = List.copyOf(second);
        }

        static Row aligned(WordDiff.Sides sides) {
            return new Row(sides.first(), sides.second(), 0, false);
        }

        static Row onlyIn(boolean inFirst, int count) {
            return new Row(List.of(), List.of(), count, inFirst);
        }

        public boolean aligned() {
            return !first.isEmpty() && !second.isEmpty();
        }
    }

    @Override
    public String template() {
        return "pair.ftlh";
    }

    @Override
    public String modelName() {
        return "pair";
    }
}
