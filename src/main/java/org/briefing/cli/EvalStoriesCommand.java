package org.briefing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.analysis.stories.ClusteringScore;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryGrouper;
import org.briefing.cleaning.CleanArticle;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Scores story grouping against a gold grouping: {@code {"stories": [[article id, ...], ...]}}.
 * Prints B-cubed and pairwise precision, recall and F1; with {@code --show-errors}, the stories
 * that mix gold stories and the gold stories that were split.
 */
@Command(name = "eval-stories", mixinStandardHelpOptions = true,
        description = "Score story grouping against a gold file of the form {\"stories\": [[id, ...], ...]}.")
final class EvalStoriesCommand implements Callable<Integer> {

    @Option(names = "--content", paramLabel = "DIR", required = true, description = "The archive to group.")
    Path content;

    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "The gold grouping (JSON).")
    Path gold;

    @Option(names = "--show-errors", description = "List the predicted stories that differ from the gold ones.")
    boolean showErrors;

    @Option(names = "--part", paramLabel = "PART", defaultValue = "ALL",
            description = "Which gold stories to score: ALL, TUNING or HELD_OUT (a third, by the hash of the story's first id).")
    HeldOut part;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<List<String>> goldStories = readGold(gold).stream().filter(part::includesStory).toList();
        List<CleanArticle> articles = CleanArchive.read(content).articles();
        long started = System.nanoTime();
        List<Story> stories = new StoryGrouper().group(articles);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<List<String>> predicted = stories.stream()
                .map(story -> story.articles().stream().map(id -> id.value()).toList()).toList();
        ClusteringScore score = ClusteringScore.of(predicted, goldStories);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d articles, %d gold stories, %d predicted stories, grouped in %.2f s%n",
                articles.size(), goldStories.size(), stories.size(), seconds);
        out.println(part + ": " + score.describe());
        if (showErrors) {
            for (Story story : stories) {
                List<String> ids = story.articles().stream().map(id -> id.value()).toList();
                if (ids.stream().noneMatch(id -> goldStories.stream().anyMatch(g -> g.contains(id)))) {
                    continue;
                }
                boolean exact = goldStories.stream().anyMatch(g -> g.size() == ids.size() && g.containsAll(ids));
                if (!exact) {
                    out.println("  differs: " + story.id() + " " + ids);
                }
            }
        }
        return ExitCodes.OK;
    }

    private static List<List<String>> readGold(Path file) {
        try {
            JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
            JsonNode stories = root.path("stories");
            if (!stories.isArray()) {
                throw ProblemsFound.of(Problem.error(file.toString(), 0, "has no `stories` list.",
                        "Give it the form {\"stories\": [[\"article-id\", ...], ...]}."));
            }
            List<List<String>> result = new ArrayList<>();
            for (JsonNode story : stories) {
                List<String> ids = new ArrayList<>();
                story.forEach(id -> ids.add(id.asText()));
                result.add(ids);
            }
            return result;
        } catch (IOException e) {
            throw ProblemsFound.of(Problem.error(file.toString(), 0, "cannot be read as JSON: " + e.getMessage(), ""));
        }
    }
}
