package org.briefing.cleaning;

import java.util.Objects;

/**
 * A block that cleaning removed, with why and where it stood.
 *
 * @param line 1-based line in the article's file
 */
public record Removal(RemovalReason reason, String text, int line) {

    public Removal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
    }
}
