package org.briefing.content;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outlets {@code content/sources.yml} describes, found by the name an article gives or by the
 * host of its address. Empty when there is no such file. Immutable; lookups are by map, so an
 * archive of any size asks it once an article.
 */
public final class OutletRegistry {

    public static final OutletRegistry EMPTY = new OutletRegistry(List.of());

    private final List<Outlet> outlets;
    private final Map<String, Outlet> byName = new HashMap<>();
    private final Map<String, Outlet> byHost = new HashMap<>();

    /** The loader has made sure no two outlets share a name, an alias or a host. */
    public OutletRegistry(List<Outlet> outlets) {
        this.outlets = List.copyOf(outlets);
        for (Outlet outlet : this.outlets) {
            byName.putIfAbsent(TextShape.comparisonKey(outlet.name()), outlet);
            outlet.aliases().forEach(alias -> byName.putIfAbsent(TextShape.comparisonKey(alias), outlet));
            outlet.hosts().forEach(host -> byHost.putIfAbsent(host, outlet));
        }
    }

    /** In the file's order. */
    public List<Outlet> outlets() {
        return outlets;
    }

    /** The outlet whose name or alias is {@code name}, ignoring case, spacing and punctuation. */
    public Optional<Outlet> byName(String name) {
        return Optional.ofNullable(byName.get(TextShape.comparisonKey(name)));
    }

    /**
     * The outlet one of whose hosts is {@code host} or a domain above it ({@code edition.cnn.com}
     * is {@code cnn.com}'s); the most specific host wins, so a registry may tell a subdomain apart.
     */
    public Optional<Outlet> byHost(String host) {
        String candidate = host.toLowerCase(Locale.ROOT);
        while (candidate.contains(".")) {
            Outlet outlet = byHost.get(candidate);
            if (outlet != null) {
                return Optional.of(outlet);
            }
            candidate = candidate.substring(candidate.indexOf('.') + 1);
        }
        return Optional.empty();
    }
}
