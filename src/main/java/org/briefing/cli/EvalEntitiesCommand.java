package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityGold;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityScore;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.cleaning.CleanArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Scores actor and place recognition against a gold file in any of the forms {@link EntityGold}
 * reads: complete lists (our own form, or the CoNLL-2003 kinds), which give precision and recall
 * per type; and main names (as in the basil-dev gold), which give recall. {@code --part} scores
 * the tuning or the held-out part alone.
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

    @Option(names = "--part", paramLabel = "PART", defaultValue = "ALL",
            description = "Which articles to score: ALL, TUNING (two thirds) or HELD_OUT (ids whose hash is divisible by 3).")
    HeldOut part;

    @Override
    public Integer call() {
        EntityGold entityGold = EntityGold.read(gold);
        CleanArchive archive = CleanArchive.read(content);
        List<CleanArticle> articles = archive.articles();
        RecognizedEntities recognized = archive.recognize();
        Map<EntityId, Entity> byId = recognized.byId();
        Map<String, List<Entity>> tags = new TreeMap<>();
        recognized.articles().forEach(found -> tags.put(found.article().value(),
                found.byProminence().stream().map(byId::get).toList()));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d articles, %d actors and places%n", articles.size(), recognized.entities().size());
        if (!entityGold.complete().isEmpty()) {
            Map<String, EntityScore.CompleteGold> complete = new TreeMap<>();
            entityGold.complete().forEach((id, names) -> {
                if (part.includes(id)) {
                    complete.put(id, names);
                }
            });
            EntityScore.Complete score = EntityScore.complete(tags, complete);
            out.printf("%d gold articles (%s)%n", complete.size(), part);
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
        if (!entityGold.mainNames().isEmpty()) {
            Map<String, List<String>> mainNames = new TreeMap<>();
            entityGold.mainNames().forEach((id, names) -> {
                if (part.includes(id)) {
                    mainNames.put(id, names);
                }
            });
            List<String> misses = new ArrayList<>();
            EntityScore.Ratio recall = EntityScore.mainNames(tags, mainNames, misses);
            out.printf("main names among the tags (%s): recall %.4f (%d/%d)%n", part, recall.value(), recall.hits(), recall.total());
            if (showErrors) {
                misses.forEach(miss -> out.println("  missed: " + miss));
            }
        }
        return ExitCodes.OK;
    }
}
