package org.briefing.analysis.stories;

import java.util.Objects;

/** A story's id, which is also its URL slug: {@code 2024-12-02-syria-russia-step-up-strikes}. */
public record StoryId(String value) implements Comparable<StoryId> {

    public StoryId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("not a story id: " + value);
        }
    }

    @Override
    public int compareTo(StoryId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
