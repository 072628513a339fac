package org.briefing.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An editor's entry for one actor or place, from {@code content/entities/ID.md}: what the site
 * should call it, what else it is called, and what to say about it. Recognition uses it first.
 *
 * @param id              the file name without {@code .md}; the entity's page is at
 *                        {@code actors/ID/} or {@code places/ID/}, whatever its name
 * @param type            {@code actor} or {@code place}
 * @param kind            {@code person}, {@code organization} or {@code other} for actors;
 *                        {@code country}, {@code region}, {@code city} or {@code place} for places
 * @param aliases         other names that mean it; names found in articles that match any of
 *                        them are merged into it
 * @param latitude        with {@code longitude}, where a place is; empty when not given
 * @param links           http(s) addresses about it
 * @param hidden          never tag it and make no page for it
 * @param descriptionHtml the Markdown body, rendered and sanitized
 */
public record RegistryEntry(String id, String file, String name, String type, String kind, List<String> aliases,
                            Optional<Double> latitude, Optional<Double> longitude, List<String> links, boolean hidden,
                            String descriptionHtml) {

    public RegistryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        links = List.copyOf(links);
        Objects.requireNonNull(descriptionHtml, "descriptionHtml");
    }

    /** The kinds each type may have, as the registry writes them. */
    public static final List<String> ACTOR_KINDS = List.of("person", "organization", "other");
    public static final List<String> PLACE_KINDS = List.of("country", "region", "city", "place");
}
