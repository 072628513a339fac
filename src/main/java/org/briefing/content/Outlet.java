package org.briefing.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A news outlet that published reports: the name the site shows for it (the key its reports are
 * grouped and its page found by) and what {@code content/sources.yml} says about it. An outlet
 * known only from an article's {@code source:} or address has just its name. Outlets sort by name.
 *
 * <pre>{@code
 * Outlet fox = Outlet.named("Fox News");
 * }</pre>
 *
 * @param homePage the outlet's own site, an http(s) address
 * @param country  where it is based, as the editor writes it
 * @param owner    who owns or funds it
 * @param notes    anything else a reader should know (editorial line, state funding), as text
 * @param hosts    host names of its addresses, lower case without {@code www.}; an article whose
 *                 {@code url} is on one of them (or below one) is the outlet's
 * @param aliases  other names articles' {@code source:} gives it
 */
public record Outlet(String name, Optional<String> homePage, Optional<String> country, Optional<String> owner,
                     Optional<String> notes, List<String> hosts, List<String> aliases) implements Comparable<Outlet> {

    public Outlet {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an outlet needs a name");
        }
        Objects.requireNonNull(homePage, "homePage");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(notes, "notes");
        hosts = List.copyOf(hosts);
        aliases = List.copyOf(aliases);
    }

    /** The outlet an article names in {@code source:}, known by nothing else. */
    public static Outlet named(String name) {
        return new Outlet(name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** Whether the registry says anything about it beyond its name. */
    public boolean described() {
        return homePage.isPresent() || country.isPresent() || owner.isPresent() || notes.isPresent();
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
