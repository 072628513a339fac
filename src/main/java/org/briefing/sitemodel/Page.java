package org.briefing.sitemodel;

import java.util.Objects;

/** One page or templated file of the site: where it goes and what it shows. */
public record Page(SitePath path, PageView view) {

    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(view, "view");
    }
}
