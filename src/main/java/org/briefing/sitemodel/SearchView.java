package org.briefing.sitemodel;

/**
 * The search page ({@code search/}): the form, the filters and the index's address for the
 * script, and for a reader without JavaScript the pages to browse instead.
 *
 * @param indexUrl the folder of the search index, ending in a slash, with the base path
 */
public record SearchView(String indexUrl, String archiveUrl, String storiesUrl, String actorsUrl, String placesUrl,
                         String sourcesUrl) implements PageView {

    @Override
    public String template() {
        return "search.ftlh";
    }

    @Override
    public String modelName() {
        return "search";
    }
}
