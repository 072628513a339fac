package org.briefing.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefing.SeedArchive;
import org.briefing.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actors and places of the five seed articles against a hand-made gold list of every actor and
 * place each names ({@code src/test/resources/entities/seeds-gold.json}).
 */
class SeedEntitiesTest {

    private static RecognizedEntities recognized;
    private static Map<String, List<Entity>> tags;

    @BeforeAll
    static void recognizeSeeds() {
        recognized = SeedArchive.recognize(SeedArchive.cleanArticles());
        Map<EntityId, Entity> byId = recognized.byId();
        tags = new TreeMap<>();
        recognized.articles().forEach(a -> tags.put(a.article().value(), a.byProminence().stream().map(byId::get).toList()));
    }

    @Test
    void findsActorsAndPlacesWithPrecisionAndRecallOfNinetyPercent() throws IOException {
        EntityScore.Complete score = EntityScore.complete(tags, gold());
        assertThat(score.actorPrecision().value()).as("actor precision, wrong: %s", score.wrong()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.actorRecall().value()).as("actor recall, missed: %s", score.misses()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.placePrecision().value()).as("place precision, wrong: %s", score.wrong()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.placeRecall().value()).as("place recall, missed: %s", score.misses()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.duplicates()).isZero();
    }

    @Test
    void makesOnePageForEachRealWorldEntity() {
        assertThat(named("Bashar al-Assad").aliases()).contains("Assad", "al-Assad", "Bashar al Assad", "Bashar Assad");
        assertThat(named("Turkey").aliases()).contains("Turkiye");
        assertThat(named("Hayat Tahrir al-Sham").aliases()).contains("HTS");
        assertThat(named("Syrian Observatory for Human Rights").aliases()).contains("Observatory");
        assertThat(named("Geneva Center for Security Policy").aliases()).contains("Geneva Centre for Security Policy");
        assertThat(recognized.entities()).extracting(Entity::name).doesNotHaveDuplicates();
    }

    @Test
    void neverTagsFurnitureWeekdaysOrTheHeadlinesOfOtherArticles() {
        assertThat(recognized.entities()).extracting(Entity::name)
                .noneMatch(name -> name.matches("(?i).*(monday|sunday|saturday|december|tesla|trudeau|microsoft|chrome|canada).*"));
    }

    @Test
    void placesSmallTownsOnTheMap() {
        assertThat(named("Tel Rifaat").coordinates()).hasValueSatisfying(c -> assertThat(c.latitude()).isBetween(36.4, 36.6));
        assertThat(named("Manbij").coordinates()).hasValueSatisfying(c -> assertThat(c.longitude()).isBetween(37.9, 38.0));
        assertThat(named("Abu Kamal").aliases()).contains("Bou Kamal");
        assertThat(named("Abu Kamal").coordinates()).isPresent();
        assertThat(named("Kremlin").kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(named("Russia").kind()).isEqualTo(EntityKind.COUNTRY);
    }

    private static Entity named(String name) {
        return recognized.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name));
    }

    private static Map<String, EntityScore.CompleteGold> gold() throws IOException {
        JsonNode root = JsonMapper.builder().build()
                .readTree(TestPaths.projectRoot().resolve("src/test/resources/entities/seeds-gold.json").toFile());
        Map<String, EntityScore.CompleteGold> gold = new LinkedHashMap<>();
        root.get("articles").fields().forEachRemaining(entry -> gold.put(entry.getKey(), new EntityScore.CompleteGold(
                texts(entry.getValue().path("actors")), texts(entry.getValue().path("places")),
                texts(entry.getValue().path("acceptable")))));
        return gold;
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
