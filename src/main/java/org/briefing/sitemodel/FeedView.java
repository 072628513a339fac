package org.briefing.sitemodel;

import java.util.List;

/**
 * An Atom feed.
 *
 * @param id      a permanent id unique to the site: the absolute URL when the base URL has a
 *                host, else a name-based UUID
 * @param updated the newest entry's time (RFC 3339); each entry's moves only when the entry
 *                changes ({@link EntryTimes})
 */
public record FeedView(String title, String id, String selfUrl, String pageUrl, String updated, List<FeedEntry> entries)
        implements PageView {

    public FeedView {
        entries = List.copyOf(entries);
    }

    public record FeedEntry(String title, String id, String url, String updated, String summary, List<String> authors) {

        public FeedEntry {
            authors = List.copyOf(authors);
        }
    }

    @Override
    public String template() {
        return "atom.ftlx";
    }

    @Override
    public String modelName() {
        return "feed";
    }
}
