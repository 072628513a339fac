package org.briefing.sitemodel;

import java.util.List;

/**
 * Everything the site will hold, decided: the {@code site} view every template receives, the
 * pages (sorted by path), the API files (sorted by path) and plain text files such as
 * {@code .nojekyll}.
 */
public record SiteModel(SiteView site, List<Page> pages, List<DataFile> data, List<TextFile> texts) {

    public SiteModel {
        pages = List.copyOf(pages);
        data = List.copyOf(data);
        texts = List.copyOf(texts);
    }

    /** A file whose text is fixed, such as the empty {@code .nojekyll}. */
    public record TextFile(SitePath path, String text) {
    }
}
