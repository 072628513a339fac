package org.briefing.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.problems.ProblemsFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityGoldTest {

    @TempDir
    Path dir;

    @Test
    void readsConllKindsAsActorsPlacesAndAcceptableNames() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.json"), """
                {"articles": {"testa-1": {"persons": ["Phil Simmons"], "organizations": ["Somerset"],
                  "locations": ["LONDON"], "misc": ["West Indian"]}}}""");
        Files.writeString(dir.resolve("gold-title.json"), """
                {"articles": {"testa-1": {"persons": [], "organizations": ["LEICESTERSHIRE"], "locations": [], "misc": []}}}""");

        EntityScore.CompleteGold article = EntityGold.read(gold).complete().get("testa-1");

        assertThat(article.actors()).containsExactly("Phil Simmons", "Somerset");
        assertThat(article.places()).containsExactly("LONDON");
        assertThat(article.acceptable()).containsExactly("West Indian", "LEICESTERSHIRE");
    }

    @Test
    void readsOwnCompleteListsAndMainNames() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.json"), """
                {"articles": {"a": {"actors": ["Barack Obama"], "places": ["Iowa"], "acceptable": ["Reuters"]}},
                 "main_names": {"a": ["Barack Obama", "Iowa"]}}""");

        EntityGold read = EntityGold.read(gold);

        assertThat(read.complete().get("a").actors()).containsExactly("Barack Obama");
        assertThat(read.complete().get("a").acceptable()).containsExactly("Reuters");
        assertThat(read.mainNames().get("a")).isEqualTo(List.of("Barack Obama", "Iowa"));
    }

    @Test
    void rejectsAFileWithNeitherForm() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.json"), "{\"stories\": []}");

        assertThatThrownBy(() -> EntityGold.read(gold)).isInstanceOf(ProblemsFound.class);
    }
}
