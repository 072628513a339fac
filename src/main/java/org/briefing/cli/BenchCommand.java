package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.analysis.entities.EntityRecognizer;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.analysis.stories.ClusteringScore;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryGrouper;
import org.briefing.bench.Benchmark;
import org.briefing.bench.SyntheticArchive;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.Cleaner;
import org.briefing.config.BuildPaths;
import org.briefing.config.ConfigLoader;
import org.briefing.content.ArticleId;
import org.briefing.content.ContentLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Times an analysis stage on archives of the given sizes and prints one line per size. Stories are
 * timed on a synthetic archive (whose true events are known, so the line also scores the
 * grouping); actors and places on real articles, read from {@code --corpus} and repeated to the
 * size asked for (names in synthetic text would not exercise the gazetteer).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time story grouping, or actor and place recognition, on archives of given sizes (run with -Xmx4g).")
final class BenchCommand implements Callable<Integer> {

    enum Stage { stories, entities }

    @Option(names = "--stage", defaultValue = "stories", description = "stories or entities (default: ${DEFAULT-VALUE}).")
    Stage stage;

    @Option(names = "--articles", split = ",", defaultValue = "1000,10000,100000", paramLabel = "N",
            description = "Archive sizes, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic archive (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "A content folder of real articles, for --stage entities (repeated to each size).")
    Path corpus;

    @Spec
    CommandSpec spec;

    private static final int WARM_UP = 5_000;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("cores %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (stage == Stage.stories) {
            benchStories(out);
        } else {
            benchEntities(out);
        }
        return ExitCodes.OK;
    }

    private void benchStories(PrintWriter out) {
        out.printf("story grouping on synthetic archives, seed %d%n", seed);
        out.printf("%10s %10s %12s %10s %14s%n", "articles", "seconds", "peak heap", "stories", "B-cubed F1");
        out.flush();
        for (int size : sizes) {
            SyntheticArchive archive = SyntheticArchive.generate(size, seed);
            List<List<Story>> stories = new ArrayList<>();
            Benchmark.Result result = Benchmark.time(archive.articles(), articles -> stories.add(new StoryGrouper().group(articles)));
            ClusteringScore score = ClusteringScore.of(
                    stories.get(0).stream().map(story -> story.articles().stream().map(ArticleId::value).toList()).toList(),
                    archive.events());
            out.printf("%10d %10.2f %9d MB %10d %14.4f%n", size, result.seconds(), result.peakHeapBytes() >> 20,
                    stories.get(0).size(), score.f1());
            out.flush();
        }
    }

    private void benchEntities(PrintWriter out) {
        if (corpus == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--stage entities needs --corpus DIR");
        }
        BuildPaths paths = new BuildPaths(corpus, Path.of("templates"), Path.of("site"));
        List<CleanArticle> real = new Cleaner().cleanAll(
                new ContentLoader(new ConfigLoader().load(paths)).loadArticles(paths).articles());
        long started = System.nanoTime();
        EntityRecognizer recognizer = new EntityRecognizer();
        out.printf("actor and place recognition on %s (%d articles, repeated); gazetteer and name lists loaded in %.2f s%n",
                corpus, real.size(), (System.nanoTime() - started) / 1e9);
        out.printf("%10s %10s %12s %16s %10s%n", "articles", "seconds", "peak heap", "articles/second", "entities");
        out.flush();
        // warm the JIT up on an untimed pass, as a build would have by its second thousand articles
        recognizer.recognize(repeated(real, WARM_UP));
        for (int size : sizes) {
            List<CleanArticle> articles = repeated(real, size);
            List<RecognizedEntities> found = new ArrayList<>();
            Benchmark.Result result = Benchmark.time(articles, list -> found.add(recognizer.recognize(list)));
            out.printf("%10d %10.2f %9d MB %16.0f %10d%n", size, result.seconds(), result.peakHeapBytes() >> 20,
                    size / result.seconds(), found.get(0).entities().size());
            out.flush();
        }
    }

    /** {@code real} repeated to {@code size} articles, each copy with its own id. */
    private static List<CleanArticle> repeated(List<CleanArticle> real, int size) {
        List<CleanArticle> articles = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            CleanArticle a = real.get(i % real.size());
            articles.add(new CleanArticle(new ArticleId(a.id().value() + "-" + (i / real.size())), a.file(), a.format(),
                    a.title(), a.headline(), a.source(), a.url(), a.date(), a.author(), a.dateline(), a.story(),
                    a.storyTitle(), a.tags(), a.inferred(), a.body(), a.removed()));
        }
        return articles;
    }
}
