package org.briefing.analysis.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.content.RegistryEntry;

/**
 * The editor's entity registry, for lookups: which entry a name means (by its key, so spelling
 * variants meet), as the entity it makes. An empty registry changes nothing.
 */
final class Registry {

    static final String KEY_PREFIX = "registry:";

    private final Map<String, RegistryEntry> byName = new HashMap<>();
    private final Map<String, RegistryEntry> byId = new HashMap<>();

    Registry(List<RegistryEntry> entries) {
        for (RegistryEntry entry : entries) {
            byId.put(entry.id(), entry);
            byName.putIfAbsent(NameKeys.key(entry.name()), entry);
            entry.aliases().forEach(alias -> byName.putIfAbsent(NameKeys.key(alias), entry));
        }
    }

    static Registry empty() {
        return new Registry(List.of());
    }

    /** The entry one of {@code names} means, trying them in order. */
    Optional<RegistryEntry> find(String... names) {
        for (String name : names) {
            RegistryEntry entry = byName.get(NameKeys.key(name));
            if (entry != null) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    Optional<RegistryEntry> byDraftKey(String key) {
        return key.startsWith(KEY_PREFIX) ? Optional.ofNullable(byId.get(key.substring(KEY_PREFIX.length()))) : Optional.empty();
    }

    List<String> ids() {
        return byId.keySet().stream().sorted().toList();
    }

    static String draftKey(RegistryEntry entry) {
        return KEY_PREFIX + entry.id();
    }

    static EntityKind kindOf(RegistryEntry entry) {
        return switch (entry.type() + ":" + entry.kind()) {
            case "actor:person" -> EntityKind.PERSON;
            case "actor:organization" -> EntityKind.ORGANIZATION;
            case "place:country" -> EntityKind.COUNTRY;
            case "place:region" -> EntityKind.REGION;
            case "place:city" -> EntityKind.CITY;
            case "place:place" -> EntityKind.OTHER_PLACE;
            default -> EntityKind.OTHER_ACTOR;
        };
    }

    /** A registry place as the gazetteer would give it, so it is handled like any place. */
    static GazetteerPlace placeOf(RegistryEntry entry) {
        return new GazetteerPlace(draftKey(entry), entry.name(), kindOf(entry), "", "", 0, coordinatesOf(entry));
    }

    static Optional<Coordinates> coordinatesOf(RegistryEntry entry) {
        if (entry.latitude().isEmpty() || entry.longitude().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Coordinates(entry.latitude().get(), entry.longitude().get()));
    }
}
