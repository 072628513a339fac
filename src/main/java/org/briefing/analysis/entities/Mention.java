package org.briefing.analysis.entities;

import java.util.Objects;

/**
 * One place in an article's body where an entity is named.
 *
 * @param surface the words as written ("al-Assad", "the Kremlin")
 * @param block   index of the block in the cleaned body, or -1 for the dateline (which has no block)
 */
public record Mention(EntityId entity, String surface, int block) {

    public Mention {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(surface, "surface");
    }
}
