package org.briefing.search;

import java.util.List;

/**
 * {@code search/manifest.json}, the one file every query loads: how many documents of each kind
 * there are and on which days, the names of the term and filter shards (sorted), and the outlets
 * to filter by.
 *
 * @param terms   shard names: a term is in the shard with the greatest name not after it
 * @param filters the same for filter keys ({@code c12}: actor 12, {@code p3}: place 3, {@code o0}: outlet 0)
 */
record Manifest(int version, List<KindSummary> kinds, List<String> terms, List<String> filters, List<Outlet> outlets) {

    static final int VERSION = 1;

    /**
     * @param undated how many documents have no date; they are numbered first
     * @param days    the dated documents' days as run lengths: the first epoch day and how many
     *                documents have it, then for each next day its distance from the last and its count
     */
    record KindSummary(String name, int count, int undated, List<Long> days) {
    }

    record Outlet(String name, String filter) {
    }
}
