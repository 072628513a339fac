package org.briefing.analysis.entities;

import java.util.Locale;

/** What an entity is, within its type. */
public enum EntityKind {
    PERSON(EntityType.ACTOR, "person", "People"),
    ORGANIZATION(EntityType.ACTOR, "organization", "Organizations"),
    OTHER_ACTOR(EntityType.ACTOR, "other", "Other actors"),
    COUNTRY(EntityType.PLACE, "country", "Countries"),
    REGION(EntityType.PLACE, "region", "Regions and provinces"),
    CITY(EntityType.PLACE, "city", "Cities and towns"),
    OTHER_PLACE(EntityType.PLACE, "place", "Other places");

    private final EntityType type;
    private final String key;
    private final String plural;

    EntityKind(EntityType type, String key, String plural) {
        this.type = type;
        this.key = key;
        this.plural = plural;
    }

    public EntityType type() {
        return type;
    }

    /** {@code person}, {@code country}…: the API's {@code kind}. */
    public String key() {
        return key;
    }

    /** A heading for a group of this kind on an index page. */
    public String plural() {
        return plural;
    }

    public static java.util.Optional<EntityKind> forKey(String key) {
        String wanted = key.toLowerCase(Locale.ROOT);
        for (EntityKind kind : values()) {
            if (kind.key.equals(wanted) || kind.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
