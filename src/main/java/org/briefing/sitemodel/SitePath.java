package org.briefing.sitemodel;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A path inside the site, relative to its root: {@code stories/x/} for a page (served from
 * {@code stories/x/index.html}) or {@code api/stories.json} for a file. Built only from slugs and
 * fixed words, and checked here, so no path can leave the output folder.
 */
public record SitePath(String value) implements Comparable<SitePath> {

    private static final Pattern SAFE = Pattern.compile("(?:[a-z0-9][a-z0-9._-]*/)*(?:[a-z0-9][a-z0-9._-]*)?|\\.nojekyll");

    public SitePath {
        Objects.requireNonNull(value, "value");
        if (!SAFE.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException("unsafe site path: " + value);
        }
    }

    public static final SitePath ROOT = new SitePath("");

    /** A page path: each segment followed by a slash. */
    public static SitePath page(String... segments) {
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            path.append(segment).append('/');
        }
        return new SitePath(path.toString());
    }

    public boolean isPage() {
        return value.isEmpty() || value.endsWith("/");
    }

    /** The file that holds it: {@code index.html} inside a page's folder. */
    public String file() {
        return isPage() ? value + "index.html" : value;
    }

    @Override
    public int compareTo(SitePath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
