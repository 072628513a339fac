package org.briefing.sitemodel;

import java.util.List;

/**
 * An actor or place in {@code api/entities.json}.
 *
 * @param type     {@code actor} or {@code place}
 * @param kind     {@code person}, {@code organization}, {@code country}, {@code city}…
 * @param articles ids of the articles that name or tag it, sorted
 */
public record ApiEntity(String id, String name, String type, String kind, List<String> aliases, String path,
                        List<String> articles) {

    public ApiEntity {
        aliases = List.copyOf(aliases);
        articles = List.copyOf(articles);
    }
}
