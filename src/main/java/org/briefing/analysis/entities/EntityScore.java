package org.briefing.analysis.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well the tags of articles match a gold list of names. A gold name matches an entity when
 * their keys are equal ({@link NameKeys}: case, accents, particles and spelling variants set
 * aside) by the entity's name or any alias, or by first and last name, or when the entity is only
 * the gold name's surname ("Obama" for "Barack Obama", where the article gives no more).
 *
 * <p>Two kinds of gold are scored: complete lists (every actor and place an article names, with
 * names that are acceptable but not required), which give precision and recall per type; and
 * lists of main names only, which give recall.
 */
public final class EntityScore {

    /** Correct and total counts, as a ratio. */
    public record Ratio(int hits, int total) {

        public double value() {
            return total == 0 ? 1 : (double) hits / total;
        }

        public Ratio plus(Ratio other) {
            return new Ratio(hits + other.hits, total + other.total);
        }
    }

    /** The complete gold of one article. */
    public record CompleteGold(List<String> actors, List<String> places, List<String> acceptable) {

        public CompleteGold {
            actors = List.copyOf(actors);
            places = List.copyOf(places);
            acceptable = List.copyOf(acceptable);
        }
    }

    /**
     * Scores against complete gold.
     *
     * @param duplicates entities that match a gold name another entity of the same article matches
     */
    public record Complete(Ratio actorPrecision, Ratio actorRecall, Ratio placePrecision, Ratio placeRecall,
                           int duplicates, List<String> misses, List<String> wrong) {
    }

    private EntityScore() {
    }

    public static Complete complete(Map<String, List<Entity>> tags, Map<String, CompleteGold> gold) {
        Ratio actorPrecision = new Ratio(0, 0);
        Ratio actorRecall = new Ratio(0, 0);
        Ratio placePrecision = new Ratio(0, 0);
        Ratio placeRecall = new Ratio(0, 0);
        int duplicates = 0;
        List<String> misses = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, CompleteGold> article : gold.entrySet()) {
            List<Entity> entities = tags.getOrDefault(article.getKey(), List.of());
            CompleteGold expected = article.getValue();
            for (EntityType type : EntityType.values()) {
                List<String> required = type == EntityType.ACTOR ? expected.actors() : expected.places();
                List<Entity> ofType = entities.stream().filter(e -> e.type() == type).toList();
                int found = 0;
                for (String name : required) {
                    List<Entity> matching = ofType.stream().filter(e -> matches(name, e)).toList();
                    if (matching.isEmpty()) {
                        misses.add(article.getKey() + ": " + name);
                    } else {
                        found++;
                        duplicates += matching.size() - 1;
                    }
                }
                int correct = 0;
                for (Entity entity : ofType) {
                    boolean right = required.stream().anyMatch(name -> matches(name, entity))
                            || expected.acceptable().stream().anyMatch(name -> matches(name, entity));
                    if (right) {
                        correct++;
                    } else {
                        wrong.add(article.getKey() + ": " + entity.name() + " (" + entity.kind().key() + ")");
                    }
                }
                Ratio recall = new Ratio(found, required.size());
                Ratio precision = new Ratio(correct, ofType.size());
                if (type == EntityType.ACTOR) {
                    actorRecall = actorRecall.plus(recall);
                    actorPrecision = actorPrecision.plus(precision);
                } else {
                    placeRecall = placeRecall.plus(recall);
                    placePrecision = placePrecision.plus(precision);
                }
            }
        }
        return new Complete(actorPrecision, actorRecall, placePrecision, placeRecall, duplicates, misses, wrong);
    }

    /** Recall of main names: how many are among the article's tags. */
    public static Ratio mainNames(Map<String, List<Entity>> tags, Map<String, List<String>> mainNames, List<String> misses) {
        Ratio recall = new Ratio(0, 0);
        for (Map.Entry<String, List<String>> article : mainNames.entrySet()) {
            List<Entity> entities = tags.getOrDefault(article.getKey(), List.of());
            for (String name : article.getValue()) {
                boolean found = entities.stream().anyMatch(e -> matches(name, e));
                if (!found) {
                    misses.add(article.getKey() + ": " + name);
                }
                recall = recall.plus(new Ratio(found ? 1 : 0, 1));
            }
        }
        return recall;
    }

    public static boolean matches(String goldName, Entity entity) {
        Set<String> keys = new HashSet<>();
        Set<String> personKeys = new HashSet<>();
        List<String> names = new ArrayList<>(entity.aliases());
        names.add(entity.name());
        for (String name : names) {
            keys.add(NameKeys.key(name));
            personKeys.add(NameKeys.personKey(name));
        }
        String key = NameKeys.key(goldName);
        if (keys.contains(key) || personKeys.contains(NameKeys.personKey(goldName))) {
            return true;
        }
        List<String> words = NameKeys.words(goldName);
        boolean surnameOnly = NameKeys.words(entity.name()).size() == 1;
        return words.size() > 1 && surnameOnly && keys.contains(words.get(words.size() - 1));
    }
}
