package org.briefing.sitemodel;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A file of the JSON API: its path and the records it holds, which render as JSON with their
 * component names as keys (in component order). As with {@link Page}, the records of a file of
 * which there are thousands (one comparison a story) are made when the file is rendered.
 */
public record DataFile(SitePath path, Supplier<?> dataMaker) {

    public DataFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(dataMaker, "dataMaker");
    }

    public DataFile(SitePath path, Object data) {
        this(path, () -> data);
        Objects.requireNonNull(data, "data");
    }

    public Object data() {
        return dataMaker.get();
    }
}
