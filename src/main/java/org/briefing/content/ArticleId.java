package org.briefing.content;

import java.util.Objects;

/**
 * An article's id: its file name without the extension ({@code 000_651867bf1dff2760}). Ids are
 * unique within an archive; they are data, never paths (pages use a slug made from them).
 */
public record ArticleId(String value) implements Comparable<ArticleId> {

    public ArticleId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.contains("/") || value.contains("\\")) {
            throw new IllegalArgumentException("not an article id: " + value);
        }
    }

    @Override
    public int compareTo(ArticleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
