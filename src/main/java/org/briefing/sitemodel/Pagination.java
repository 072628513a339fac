package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Links between the pages of a long list. Page numbers start at 1.
 *
 * @param previousUrl empty on the first page
 * @param nextUrl     empty on the last page
 * @param pages       links to the first page, the last and those near the current one (key
 *                    {@code current}); a run of pages left out between them is one entry with
 *                    key {@code gap} and no address
 */
public record Pagination(int current, int total, String previousUrl, String nextUrl, List<LinkView> pages) {

    public Pagination {
        pages = List.copyOf(pages);
    }

    /** Pages linked on either side of the current one. */
    static final int NEAR = 2;

    /**
     * Links to the first and last pages and to those within {@link #NEAR} of the current one, as
     * most sites page: linking every page made each of a 100,000-article archive's 5,000 home
     * pages list all 5,000 (a fifth of a megabyte a page, and 25 million links in memory).
     */
    static Pagination of(int current, int total, IntFunction<String> urlOfPage) {
        List<LinkView> pages = new ArrayList<>();
        int shown = 0;
        for (int n = 1; n <= total; n++) {
            if (n == 1 || n == total || Math.abs(n - current) <= NEAR) {
                if (n > shown + 1) {
                    pages.add(new LinkView("…", "", "", "gap"));
                }
                pages.add(new LinkView(Integer.toString(n), urlOfPage.apply(n), "", n == current ? "current" : ""));
                shown = n;
            }
        }
        return new Pagination(current, total,
                current > 1 ? urlOfPage.apply(current - 1) : "",
                current < total ? urlOfPage.apply(current + 1) : "",
                pages);
    }

    /** How many pages {@code items} entries make at {@code perPage} a page (at least one). */
    static int pageCount(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
    }

    static <T> List<T> slice(List<T> items, int page, int perPage) {
        int from = Math.min(items.size(), (page - 1) * perPage);
        return items.subList(from, Math.min(items.size(), from + perPage));
    }
}
