package org.briefing.analysis.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind for each actor's name across the archive: a name that some articles read as a person
 * and others as an organization ("Wasim Akram" in a scorecard, "Real Madrid" after a name) is
 * whichever the archive reads it as more often, so it has one page and a person is never also an
 * organization. The name's shape decides before the votes ({@link #kindOf}).
 */
final class ActorKinds {

    private final KnownNames known;

    ActorKinds(KnownNames known) {
        this.known = known;
    }

    /** Each article's names, with every person or organization of a disputed name given the archive's kind. */
    List<List<Found>> unified(List<List<Found>> foundPerArticle) {
        Map<String, int[]> votes = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (List<Found> found : foundPerArticle) {
            for (Found item : found) {
                if (isActor(item) && !item.weak()) {
                    String key = NameKeys.key(item.name());
                    votes.computeIfAbsent(key, k -> new int[2])[item.kind() == EntityKind.PERSON ? 0 : 1]++;
                    names.putIfAbsent(key, item.name());
                }
            }
        }
        Map<String, EntityKind> disputed = new HashMap<>();
        votes.forEach((key, count) -> {
            if (count[0] > 0 && count[1] > 0) {
                disputed.put(key, kindOf(names.get(key), count[0], count[1]));
            }
        });
        if (disputed.isEmpty()) {
            return foundPerArticle;
        }
        List<List<Found>> unified = new ArrayList<>(foundPerArticle.size());
        for (List<Found> found : foundPerArticle) {
            unified.add(found.stream().map(item -> {
                EntityKind kind = isActor(item) ? disputed.get(NameKeys.key(item.name())) : null;
                return kind == null || kind == item.kind() ? item : Found.actor(kind, item.name(), item.surface(), item.block());
            }).toList());
        }
        return unified;
    }

    private static boolean isActor(Found item) {
        return item.kind() == EntityKind.PERSON || item.kind() == EntityKind.ORGANIZATION;
    }

    /**
     * The name's own shape decides first, as the articles that disagree are mostly the tagger's
     * guesses: a given name or an initial before a surname ("Wasim Akram", "S. Waugh") is a
     * person's, an organization's head word ("Kloof Gold Mining Co") a body's. Otherwise the
     * articles vote, and a tie goes to the organization.
     */
    private EntityKind kindOf(String name, int personVotes, int organizationVotes) {
        String[] words = name.split(" ");
        List<String> lowered = NameKeys.words(name);
        if (lowered.stream().anyMatch(Cues.ORGANIZATION_HEADS::contains)) {
            return EntityKind.ORGANIZATION;
        }
        boolean initial = words[0].length() == 2 && words[0].endsWith(".") && Character.isUpperCase(words[0].charAt(0));
        if (words.length > 1 && words.length <= 4 && (known.isGivenName(words[0]) || initial)
                && SpanClassifier.isPersonName(lowered)) {
            return EntityKind.PERSON;
        }
        return personVotes > organizationVotes ? EntityKind.PERSON : EntityKind.ORGANIZATION;
    }
}
