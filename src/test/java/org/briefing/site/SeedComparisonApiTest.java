package org.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds' {@code api/compare/SLUG.json}, as the golden site holds it (GoldenSiteTest keeps that
 * equal to a fresh build): what issue 5 pins on the five seed reports.
 */
class SeedComparisonApiTest {

    private static JsonNode comparison;

    @BeforeAll
    static void read() throws IOException {
        Path folder = TestPaths.projectRoot().resolve("src/test/resources/golden/seeds/expected/api/compare");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            comparison = JsonMapper.builder().build().readTree(all.get(0).toFile());
        }
    }

    /** The file number of a report named by its place in {@code reports}, e.g. "002". */
    private static String shortId(JsonNode report) {
        assertThat(report.isInt()).as("a report is named by its number: %s", report).isTrue();
        return comparison.get("reports").get(report.asInt()).asText().substring(0, 3);
    }

    @Test
    void carriesAssadsStatementVerbatimInThreeReportsAndAlteredInOne() {
        JsonNode statement = null;
        for (JsonNode quote : comparison.get("quotes")) {
            if (quote.get("text").asText().contains("terrorist escalation")) {
                assertThat(statement).as("one quote for the statement").isNull();
                statement = quote;
            }
        }
        assertThat(statement).isNotNull();
        assertThat(statement.get("speaker").asText()).isEqualTo("bashar-al-assad");
        List<String> verbatim = new ArrayList<>();
        List<String> altered = new ArrayList<>();
        statement.get("carriers").forEach(c -> (c.get("fidelity").asText().equals("verbatim") ? verbatim : altered).add(shortId(c.get("report"))));
        assertThat(verbatim).containsExactlyInAnyOrder("000", "001", "003");
        assertThat(altered).containsExactly("002");
    }

    @Test
    void findsTheNearIdenticalReportsAsTheOnlyRewritePair() {
        JsonNode rewrites = comparison.get("rewrites");
        assertThat(rewrites).hasSize(1);
        List<String> pair = new ArrayList<>();
        rewrites.get(0).get("reports").forEach(id -> pair.add(shortId(id)));
        assertThat(pair).containsExactlyInAnyOrder("002", "003");
        assertThat(comparison.get("pairs").get(0).get("similarity").asDouble()).isEqualTo(rewrites.get(0).get("similarity").asDouble());
    }

    @Test
    void attributesEachCasualtyFigureToTheReportThatGivesIt() {
        List<String> figures = new ArrayList<>();
        comparison.get("numbers").forEach(n -> figures.add(shortId(n.get("report")) + " " + n.get("text").asText()));
        assertThat(figures).contains("000 11 civilians", "000 five children", "001 11 civilians", "001 five children",
                "001 four civilians", "004 at least 400 insurgents", "004 at least 25 people", "004 10 children",
                "004 some 200 Iraqi militiamen");
        // 003 alone adds the Iran-backed militias; 002, its near-copy, has no figure
        assertThat(figures).filteredOn(f -> f.startsWith("002") || f.startsWith("003"))
                .containsExactly("003 dozens of Iran-backed militias");
    }

    @Test
    void holdsThePassageAlignmentAndWording() {
        assertThat(comparison.get("passages")).anySatisfy(p -> {
            assertThat(p.get("coverage").asText()).isEqualTo("some");
            assertThat(p.get("sentences")).hasSize(4);
        });
        // a claim's numbers are places in the numbers list; a left-out passage, a place among the passages
        comparison.get("claims").forEach(claim -> claim.get("numbers")
                .forEach(n -> assertThat(comparison.get("numbers").get(n.asInt()).get("counts")).isNotNull()));
        comparison.get("left_out").forEach(left -> left.get("passages")
                .forEach(p -> assertThat(comparison.get("passages").get(p.asInt())).isNotNull()));
        assertThat(comparison.get("terms")).anySatisfy(t -> {
            assertThat(t.get("term").asText()).isEqualTo("jihadi group");
            assertThat(t.get("refers_to").asText()).isEqualTo("hayat-tahrir-al-sham");
        });
    }
}
