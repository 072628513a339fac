package org.briefing.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where the site is served: a path such as {@code /} or {@code /briefing/} (a GitHub Pages project
 * site), or an absolute URL such as {@code https://example.org/briefing/}. Always ends with a slash.
 * Pages link to each other through {@link #link(String)}, so every internal link carries the base.
 */
public record BaseUrl(String value) {

    public BaseUrl {
        Objects.requireNonNull(value, "value");
        if (!value.endsWith("/") || !(value.startsWith("/") || isAbsolute(value))) {
            throw new IllegalArgumentException("not a normalised base URL: " + value);
        }
    }

    public static final BaseUrl ROOT = new BaseUrl("/");

    /**
     * Reads a user's base URL: adds the leading and trailing slash a path needs, accepts
     * http(s) URLs, and rejects anything else (query strings, fragments, other schemes).
     *
     * @throws IllegalArgumentException with a message fit for the user
     */
    public static BaseUrl parse(String text) {
        String value = text.trim();
        if (value.isEmpty()) {
            return ROOT;
        }
        // issue 10, item 14: `//evil.example` and `///x///` are read by browsers as another host;
        // `%` escapes and control characters hide what a link points to
        if (value.contains("%") || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("`" + text + "` must not hold `%` or control characters; write the path as plain text");
        }
        if (isAbsolute(value)) {
            try {
                URI uri = new URI(value);
                if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                        || uri.getRawUserInfo() != null || (uri.getRawPath() != null && uri.getRawPath().contains("//"))) {
                    throw new IllegalArgumentException("`" + text + "` must be a plain http(s) address with no query, fragment, "
                            + "user name or `//` in its path");
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("`" + text + "` is not a valid URL: " + e.getReason());
            }
        } else if (value.contains(":") || value.contains("?") || value.contains("#") || value.contains("\\")
                || value.contains("..") || value.contains("//") || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("`" + text + "` must be a path such as /briefing/ or an http(s) URL");
        } else if (!value.startsWith("/")) {
            value = "/" + value;
        }
        if (!value.endsWith("/")) {
            value = value + "/";
        }
        return new BaseUrl(value);
    }

    /** The path part, e.g. {@code /briefing/} for {@code https://example.org/briefing/}. */
    public String path() {
        if (!isAbsolute(value)) {
            return value;
        }
        String path = URI.create(value).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** True when the base carries a scheme and host, so feeds and the sitemap can give full URLs. */
    public boolean isAbsoluteUrl() {
        return isAbsolute(value);
    }

    /**
     * The URL of a page or file inside the site, given its path relative to the site root
     * ({@code stories/x/}, {@code assets/site.css}, or empty for the home page).
     */
    public String link(String sitePath) {
        if (sitePath.startsWith("/")) {
            throw new IllegalArgumentException("site paths are relative to the site root: " + sitePath);
        }
        return path() + sitePath;
    }

    /** Like {@link #link(String)}, but with scheme and host when the base has them. */
    public String absolute(String sitePath) {
        if (sitePath.startsWith("/")) {
            throw new IllegalArgumentException("site paths are relative to the site root: " + sitePath);
        }
        return value + sitePath;
    }

    private static boolean isAbsolute(String value) {
        return value.startsWith("http://") || value.startsWith("https://");
    }

    @Override
    public String toString() {
        return value;
    }
}
