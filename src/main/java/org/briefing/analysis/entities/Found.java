package org.briefing.analysis.entities;

import java.util.Objects;
import java.util.Optional;

/**
 * A name found in one article, resolved within that article: the full name it stands for, what
 * kind of thing it is and where it stood.
 *
 * @param name    the fullest name the article gives the entity ("Bashar al-Assad" for "Assad")
 * @param place   the gazetteer's place, for places
 * @param surface the words as written here
 * @param block   the body block it is in; -1 for the dateline, which is not in the body
 * @param isAlias whether the surface is another name for the entity (a demonym is not: "Syrian")
 * @param weak    a lone surname with nothing but a reporting verb behind it ("Russell said"): kept
 *                only if the archive gives the full name somewhere
 */
record Found(EntityKind kind, String name, Optional<GazetteerPlace> place, String surface, int block, boolean isAlias,
             boolean weak) {

    Found {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(surface, "surface");
    }

    static Found place(GazetteerPlace place, String surface, int block, boolean isAlias) {
        return new Found(place.kind(), place.name(), Optional.of(place), surface, block, isAlias, false);
    }

    static Found actor(EntityKind kind, String name, String surface, int block) {
        return new Found(kind, name, Optional.empty(), surface, block, true, false);
    }

    static Found weakPerson(String name, String surface, int block) {
        return new Found(EntityKind.PERSON, name, Optional.empty(), surface, block, true, true);
    }
}
