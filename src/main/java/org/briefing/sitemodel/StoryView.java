package org.briefing.sitemodel;

import java.util.List;

/**
 * A story page.
 *
 * @param summary  sentences most reports carry
 * @param reports  every report, oldest first
 * @param actors   actors the reports name, most reports first; detail says in how many
 * @param places   places, likewise
 * @param apiUrl   the story in the JSON API
 */
public record StoryView(String title, String url, String dateSpan, String isoStart, String isoEnd,
                        List<String> summary, List<ReportRow> reports, List<String> outlets, List<LinkView> actors,
                        List<LinkView> places, String apiUrl) implements PageView {

    public StoryView {
        summary = List.copyOf(summary);
        reports = List.copyOf(reports);
        outlets = List.copyOf(outlets);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
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
