package org.briefing.search;

import java.util.List;

/**
 * What one result shows, in its own compressed file ({@code search/docs/KIND/N/N.bin}), loaded
 * only when the result is on screen. Short keys: there is one file per document.
 *
 * @param t title
 * @param u the page, relative to the site's root
 * @param m the line under the title
 * @param o the outlets
 * @param x the text a snippet and a phrase are looked for in
 * @param f for an actor, place or outlet, the filter key of its stories and articles
 */
record Result(String t, String u, String m, List<String> o, String x, String f) {
}
