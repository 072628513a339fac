package org.briefing.sitemodel;

import java.util.List;

/**
 * A story page.
 *
 * @param summary  sentences most reports carry
 * @param facts    sentences two or more reports carry, with the reports that carry each
 * @param timeline where the reports fall in time, by outlet; null when no report is dated
 * @param related  stories that share this one's main actors and places, newest first
 * @param reports  every report, oldest first
 * @param actors   actors the reports name, most reports first; detail says in how many
 * @param places   places, likewise
 * @param apiUrl   the story in the JSON API
 * @param comparisonUrl the comparison of its reports; empty when it has only one
 * @param quotes   quotes with their speakers, those most reports carry first
 * @param claims   the figures most reports give, in brief, by what they count; all of them are on
 *                 the comparison page
 */
public record StoryView(String title, String url, String dateSpan, String isoStart, String isoEnd,
                        List<String> summary, List<FactRow> facts, TimelineView timeline, List<ReportRow> reports,
                        List<String> outlets, List<LinkView> actors, List<LinkView> places, List<StoryCard> related,
                        String apiUrl, String comparisonUrl, List<ComparisonView.QuoteRow> quotes,
                        List<ComparisonView.ClaimBrief> claims) implements PageView {

    public StoryView {
        summary = List.copyOf(summary);
        facts = List.copyOf(facts);
        related = List.copyOf(related);
        reports = List.copyOf(reports);
        outlets = List.copyOf(outlets);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
    }

    /** A fact and its carriers: each links to the report, labelled by its outlet. */
    public record FactRow(String text, List<LinkView> carriers) {

        public FactRow {
            carriers = List.copyOf(carriers);
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
