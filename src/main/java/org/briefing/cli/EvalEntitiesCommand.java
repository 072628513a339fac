package org.briefing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityScore;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.cleaning.CleanArticle;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Scores actor and place recognition against a gold file. Two forms are read: complete lists,
 * {@code {"articles": {ID: {"actors": [...], "places": [...], "acceptable": [...]}}}}, which give
 * precision and recall per type; and main names, {@code {"main_names": {ID: [...]}}} (as in the
 * basil-dev gold), which give recall.
 */
@Command(name = "eval-entities", mixinStandardHelpOptions = true,
        description = "Score actor and place tags against a gold file (complete lists or main names).")
final class EvalEntitiesCommand implements Callable<Integer> {

    @Option(names = "--content", paramLabel = "DIR", required = true, description = "The archive to read.")
    Path content;

    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "The gold file (JSON).")
    Path gold;

    @Option(names = "--show-errors", description = "List the gold names that were missed and the tags that are wrong.")
    boolean showErrors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode root = read(gold);
        CleanArchive archive = CleanArchive.read(content);
        List<CleanArticle> articles = archive.articles();
        RecognizedEntities recognized = archive.recognize();
        Map<EntityId, Entity> byId = recognized.byId();
        Map<String, List<Entity>> tags = new TreeMap<>();
        recognized.articles().forEach(found -> tags.put(found.article().value(),
                found.byProminence().stream().map(byId::get).toList()));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d articles, %d actors and places%n", articles.size(), recognized.entities().size());
        if (root.has("articles")) {
            Map<String, EntityScore.CompleteGold> complete = new LinkedHashMap<>();
            root.get("articles").fields().forEachRemaining(entry -> complete.put(entry.getKey(), new EntityScore.CompleteGold(
                    texts(entry.getValue().path("actors")), texts(entry.getValue().path("places")),
                    texts(entry.getValue().path("acceptable")))));
            EntityScore.Complete score = EntityScore.complete(tags, complete);
            out.printf("actors: precision %.4f (%d/%d)  recall %.4f (%d/%d)%n", score.actorPrecision().value(),
                    score.actorPrecision().hits(), score.actorPrecision().total(), score.actorRecall().value(),
                    score.actorRecall().hits(), score.actorRecall().total());
            out.printf("places: precision %.4f (%d/%d)  recall %.4f (%d/%d)%n", score.placePrecision().value(),
                    score.placePrecision().hits(), score.placePrecision().total(), score.placeRecall().value(),
                    score.placeRecall().hits(), score.placeRecall().total());
            out.printf("duplicate tags for one entity: %d%n", score.duplicates());
            if (showErrors) {
                score.misses().forEach(miss -> out.println("  missed: " + miss));
                score.wrong().forEach(wrong -> out.println("  wrong:  " + wrong));
            }
        }
        if (root.has("main_names")) {
            Map<String, List<String>> mainNames = new LinkedHashMap<>();
            root.get("main_names").fields().forEachRemaining(entry -> mainNames.put(entry.getKey(), texts(entry.getValue())));
            List<String> misses = new ArrayList<>();
            EntityScore.Ratio recall = EntityScore.mainNames(tags, mainNames, misses);
            out.printf("main names among the tags: recall %.4f (%d/%d)%n", recall.value(), recall.hits(), recall.total());
            if (showErrors) {
                misses.forEach(miss -> out.println("  missed: " + miss));
            }
        }
        return ExitCodes.OK;
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
            if (!root.has("articles") && !root.has("main_names")) {
                throw ProblemsFound.of(Problem.error(file.toString(), 0, "has neither `articles` nor `main_names`.",
                        "See eval-entities --help for the two forms."));
            }
            return root;
        } catch (IOException e) {
            throw ProblemsFound.of(Problem.error(file.toString(), 0, "cannot be read as JSON: " + e.getMessage(), ""));
        }
    }
}
