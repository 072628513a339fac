package org.briefing.sitemodel;

import java.util.List;

/**
 * A story page. Its first screen answers who says what: the headlines side by side, the summary,
 * what every report carries, a coverage grid of what only some carry, the figures that matter, the
 * quotes that were altered, the words each report uses for the parties, and the rewrites.
 *
 * @param summary      whole sentences most reports carry, lead first
 * @param sharedByAll  other passages every report carries; {@code sharedCount} counts them all
 * @param columns      the reports as the grid's and the wording table's columns, in the story's order
 * @param coverage     passages some reports carry and others do not, with a mark per report
 * @param timeline     where the reports fall in time, by outlet; null when no report is dated
 * @param related      stories that share this one's main actors and places, newest first
 * @param reports      every report, oldest first, with the label the page uses for it
 * @param actors       actors the reports name, most reports first; detail says in how many
 * @param places       places, likewise
 * @param apiUrl       the story in the JSON API
 * @param comparisonUrl the comparison of its reports; empty when it has only one
 * @param quotes       quotes with their speakers, those most reports carry first
 * @param altered      quotes some report words differently, with the differing words marked
 * @param claims       the figures that matter ({@code FigureClaim.matters}), in brief; all of them
 *                     are on the comparison page
 * @param wording      parties the reports word differently, with each report's words
 * @param wordingNote  a sentence on the rest: which parties the reports word alike, or that they
 *                     use no descriptor Briefing knows; empty for a story of one report
 * @param rewrites     each rewrite stated plainly, or the closest pair's share when there is none
 */
public record StoryView(String title, String url, String dateSpan, String isoStart, String isoEnd,
                        List<String> summary, List<String> sharedByAll, int sharedCount, List<LinkView> columns,
                        List<CoverageRow> coverage, TimelineView timeline, List<ReportRow> reports,
                        List<String> outlets, List<LinkView> actors, List<LinkView> places, List<StoryCard> related,
                        String apiUrl, String comparisonUrl, List<ComparisonView.QuoteRow> quotes,
                        List<ComparisonView.QuoteRow> altered, List<ComparisonView.ClaimBrief> claims,
                        List<ComparisonView.WordingRow> wording, String wordingNote, List<String> rewrites) implements PageView {

    public StoryView {
        summary = List.copyOf(summary);
        sharedByAll = List.copyOf(sharedByAll);
        columns = List.copyOf(columns);
        coverage = List.copyOf(coverage);
        related = List.copyOf(related);
        reports = List.copyOf(reports);
        outlets = List.copyOf(outlets);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        quotes = List.copyOf(quotes);
        altered = List.copyOf(altered);
        claims = List.copyOf(claims);
        wording = List.copyOf(wording);
        rewrites = List.copyOf(rewrites);
    }

    /**
     * A passage and, per report in the story's order, how it carries it.
     *
     * @param marks "carried" (in about the same words), "altered" (reworded) or "absent"
     */
    public record CoverageRow(String text, List<String> marks) {

        public CoverageRow {
            marks = List.copyOf(marks);
        }
    }

    @Override
    public String template() {
        return "story.ftlh";
    }

    @Override
    public String modelName() {
        return "story";
    }
}
