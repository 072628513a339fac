package org.briefing.sitemodel;

/**
 * A redirect in {@code api/redirects.json}: the old path and the page it sends readers to, both
 * relative to the site root. The next build reads the list back, so a redirect outlives the build
 * that made it.
 */
public record ApiRedirect(String from, String to) {
}
