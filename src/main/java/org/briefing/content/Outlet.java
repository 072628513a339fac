package org.briefing.content;

import java.util.Objects;

/**
 * A news outlet that published reports: the name the site shows for it, and the key its reports
 * are grouped and its page found by. Outlets sort by name.
 *
 * <pre>{@code
 * Outlet fox = Outlet.named("Fox News");
 * }</pre>
 */
public record Outlet(String name) implements Comparable<Outlet> {

    public Outlet {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an outlet needs a name");
        }
    }

    /** The outlet an article names in {@code source:}, known by nothing else. */
    public static Outlet named(String name) {
        return new Outlet(name);
    }

    @Override
    public int compareTo(Outlet other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
