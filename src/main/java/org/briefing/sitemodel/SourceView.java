package org.briefing.sitemodel;

import java.util.List;

/** An outlet's page: its reports, newest first, and the actors and places it names most. */
public record SourceView(String name, int reportCount, int storyCount, List<ReportRow> reports,
                         List<LinkView> actors, List<LinkView> places) implements PageView {

    public SourceView {
        reports = List.copyOf(reports);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
    }

    @Override
    public String template() {
        return "source.ftlh";
    }

    @Override
    public String modelName() {
        return "source";
    }
}
