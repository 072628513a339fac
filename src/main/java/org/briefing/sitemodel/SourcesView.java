package org.briefing.sitemodel;

import java.util.List;

/**
 * The index of outlets, by name.
 *
 * @param countries whether any outlet's country is known, so the table needs the column
 */
public record SourcesView(List<SourceRow> sources, boolean countries, int unknownCount, String archiveUrl) implements PageView {

    public SourcesView {
        sources = List.copyOf(sources);
    }

    /**
     * One outlet with where it is based (empty when not known), its number of reports and
     * stories and the span of its reports.
     */
    public record SourceRow(String name, String url, String country, int reportCount, int storyCount, String dateSpan) {
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
