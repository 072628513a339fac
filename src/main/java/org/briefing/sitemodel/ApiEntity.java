package org.briefing.sitemodel;

import java.util.List;

/**
 * An actor or place in {@code api/entities.json}.
 *
 * @param type     {@code actor} or {@code place}
 * @param kind     {@code person}, {@code organization}, {@code country}, {@code city}…
 * @param articles    ids of the articles that name or tag it, sorted
 * @param description an editor's description (HTML) from the registry, or {@code null}
 * @param coordinates where a place is, or {@code null} (always for actors)
 * @param stories     ids of the stories whose reports name it, newest first
 * @param links       addresses about it from the registry
 */
public record ApiEntity(String id, String name, String type, String kind, List<String> aliases, String path,
                        String description, Coordinates coordinates, List<String> stories,
                        List<String> links) {

    public ApiEntity {
        aliases = List.copyOf(aliases);
        stories = List.copyOf(stories);
        links = List.copyOf(links);
    }

    /** Decimal degrees. */
    public record Coordinates(double latitude, double longitude) {
    }
}
