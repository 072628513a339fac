package org.briefing.analysis.entities;

import java.util.Objects;

/** An entity's id, which is also its URL slug: {@code bashar-al-assad}, {@code aleppo}. */
public record EntityId(String value) implements Comparable<EntityId> {

    public EntityId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("not an entity id: " + value);
        }
    }

    @Override
    public int compareTo(EntityId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
