package org.briefing.sitemodel;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One page or templated file of the site: where it goes and what it shows. The path is decided
 * with the model; the view of a page of which a site has thousands (articles, stories,
 * comparisons, entities) is made only when the page is rendered, so the views of a large archive
 * are never all in memory at once.
 *
 * @param viewMaker makes the view; called once per rendering, from any thread
 */
public record Page(SitePath path, Supplier<? extends PageView> viewMaker) {

    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(viewMaker, "viewMaker");
    }

    /** A page whose view is already made. */
    public Page(SitePath path, PageView view) {
        this(path, () -> view);
        Objects.requireNonNull(view, "view");
    }

    public PageView view() {
        return viewMaker.get();
    }
}
