package org.briefing.analysis.entities;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One real-world actor or place, however many names the articles give it.
 *
 * @param name        the canonical name: the registry's, else the fullest name the articles use most
 * @param aliases     other names found for it, sorted, without the canonical name
 * @param description an editor's Markdown description from the registry, rendered to HTML; empty
 *                    when there is none
 * @param coordinates for places, where the gazetteer or registry knows them
 * @param links       addresses about it from the registry
 * @param country     for places the gazetteer knows, the ISO 3166 code of the country it is in
 *                    (its own for a country)
 */
public record Entity(EntityId id, String name, EntityKind kind, List<String> aliases, String description,
                     Optional<Coordinates> coordinates, List<String> links, Optional<String> country) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(coordinates, "coordinates");
        links = List.copyOf(links);
        Objects.requireNonNull(country, "country");
    }

    public EntityType type() {
        return kind.type();
    }
}
