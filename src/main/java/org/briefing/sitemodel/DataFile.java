package org.briefing.sitemodel;

import java.util.Objects;

/**
 * A file of the JSON API: its path and the records it holds, which render as JSON with their
 * component names as keys (in component order).
 */
public record DataFile(SitePath path, Object data) {

    public DataFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(data, "data");
    }
}
