package org.briefing.sitemodel;

import java.util.List;

/** The index of outlets, by name. */
public record SourcesView(List<SourceRow> sources, int unknownCount, String archiveUrl) implements PageView {

    public SourcesView {
        sources = List.copyOf(sources);
    }

    /** One outlet with its number of reports and stories and the span of its reports. */
    public record SourceRow(String name, String url, int reportCount, int storyCount, String dateSpan) {
    }

    @Override
    public String template() {
        return "sources.ftlh";
    }

    @Override
    public String modelName() {
        return "sources";
    }
}
