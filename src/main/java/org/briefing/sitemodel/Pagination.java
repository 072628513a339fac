package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Links between the pages of a long list. Page numbers start at 1.
 *
 * @param previousUrl empty on the first page
 * @param nextUrl     empty on the last page
 * @param pages       a link per page; the current one has key {@code current}
 */
public record Pagination(int current, int total, String previousUrl, String nextUrl, List<LinkView> pages) {

    public Pagination {
        pages = List.copyOf(pages);
    }

    static Pagination of(int current, int total, IntFunction<String> urlOfPage) {
        List<LinkView> pages = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            pages.add(new LinkView(Integer.toString(n), urlOfPage.apply(n), "", n == current ? "current" : ""));
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
