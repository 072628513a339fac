package org.briefing.analysis.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;

/**
 * Gold names of actors and places, read from one JSON file in any of three forms:
 * <ul>
 *   <li>complete lists, {@code {"articles": {ID: {"actors": [...], "places": [...], "acceptable": [...]}}}};</li>
 *   <li>CoNLL-2003 kinds, {@code {"articles": {ID: {"persons", "organizations", "locations", "misc"}}}}:
 *       persons and organizations are actors, locations places, and misc names acceptable but not
 *       required; the names of a sibling {@code gold-title.json} (the headline's) are acceptable too;</li>
 *   <li>main names, {@code {"main_names": {ID: [...]}}} (as in the basil-dev gold), which give recall only.</li>
 * </ul>
 *
 * @param complete  per article id, the complete gold (empty when the file has none)
 * @param mainNames per article id, the main names (empty when the file has none)
 */
public record EntityGold(Map<String, EntityScore.CompleteGold> complete, Map<String, List<String>> mainNames) {

    public EntityGold {
        complete = Map.copyOf(complete);
        mainNames = Map.copyOf(mainNames);
    }

    /** Reads a gold file; a file that is not JSON, or has neither form, is a {@link ProblemsFound}. */
    public static EntityGold read(Path file) {
        JsonNode root = json(file);
        if (!root.has("articles") && !root.has("main_names")) {
            throw ProblemsFound.of(Problem.error(file.toString(), 0, "has neither `articles` nor `main_names`.",
                    "Give it {\"articles\": {ID: {\"actors\": [...], \"places\": [...]}}}, the CoNLL kinds "
                            + "(persons, organizations, locations, misc) or {\"main_names\": {ID: [...]}}."));
        }
        Map<String, List<String>> titleNames = new LinkedHashMap<>();
        Path title = file.resolveSibling("gold-title.json");
        if (Files.isRegularFile(title)) {
            json(title).path("articles").fields().forEachRemaining(entry -> titleNames.put(entry.getKey(),
                    concat(entry.getValue(), "persons", "organizations", "locations", "misc")));
        }
        Map<String, EntityScore.CompleteGold> complete = new LinkedHashMap<>();
        root.path("articles").fields().forEachRemaining(entry -> {
            JsonNode article = entry.getValue();
            if (article.has("persons") || article.has("organizations") || article.has("locations")) {
                List<String> acceptable = concat(article, "misc");
                acceptable.addAll(titleNames.getOrDefault(entry.getKey(), List.of()));
                complete.put(entry.getKey(), new EntityScore.CompleteGold(concat(article, "persons", "organizations"),
                        concat(article, "locations"), acceptable));
            } else {
                complete.put(entry.getKey(), new EntityScore.CompleteGold(concat(article, "actors"),
                        concat(article, "places"), concat(article, "acceptable")));
            }
        });
        Map<String, List<String>> mainNames = new LinkedHashMap<>();
        root.path("main_names").fields().forEachRemaining(entry -> mainNames.put(entry.getKey(), concat(entry.getValue())));
        return new EntityGold(complete, mainNames);
    }

    /** The texts of the named lists of a node, or of the node itself when no field is named. */
    private static List<String> concat(JsonNode node, String... fields) {
        List<String> texts = new ArrayList<>();
        if (fields.length == 0) {
            node.forEach(text -> texts.add(text.asText()));
        }
        for (String field : fields) {
            node.path(field).forEach(text -> texts.add(text.asText()));
        }
        return texts;
    }

    private static JsonNode json(Path file) {
        try {
            return JsonMapper.builder().build().readTree(file.toFile());
        } catch (IOException e) {
            throw ProblemsFound.of(Problem.error(file.toString(), 0, "cannot be read as JSON: " + e.getMessage(),
                    "Check that the file is complete JSON."));
        }
    }
}
