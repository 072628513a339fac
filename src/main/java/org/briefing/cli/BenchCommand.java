package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.briefing.analysis.comparison.StoryComparer;
import org.briefing.analysis.stories.StoryId;
import java.util.concurrent.Callable;
import org.briefing.analysis.entities.EntityRecognizer;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.analysis.stories.ClusteringScore;
import org.briefing.analysis.stories.PassageAligner;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryGrouper;
import org.briefing.bench.Benchmark;
import org.briefing.bench.SyntheticArchive;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
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

    enum Stage { stories, entities, comparisons }

    /** Reports per story when timing one story's comparison. */
    private static final int STORY_REPORTS = 20;

    @Option(names = "--stage", defaultValue = "stories",
            description = "stories, entities or comparisons (default: ${DEFAULT-VALUE}).")
    Stage stage;

    @Option(names = "--articles", split = ",", defaultValue = "1000,10000,100000", paramLabel = "N",
            description = "Archive sizes, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic archive (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "A content folder of real articles, for --stage entities and comparisons (repeated to each size).")
    Path corpus;

    @Spec
    CommandSpec spec;

    private static final int WARM_UP = 5_000;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("cores %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        switch (stage) {
            case stories -> benchStories(out);
            case entities -> benchEntities(out);
            case comparisons -> benchComparisons(out);
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

    /**
     * Times the comparison of one story of {@link #STORY_REPORTS} reports (each of the corpus's
     * stories, its reports repeated), then every comparison of archives of the sizes asked for, made
     * of the corpus's stories repeated, each copy a story of its own.
     */
    private void benchComparisons(PrintWriter out) {
        List<CleanArticle> real = corpusArticles("comparisons");
        EntityRecognizer recognizer = new EntityRecognizer();
        List<Story> corpusStories = new StoryGrouper().group(real);
        Map<ArticleId, CleanArticle> byId = real.stream().collect(Collectors.toMap(CleanArticle::id, a -> a));
        StoryComparer comparer = new StoryComparer();
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            millis.clear();
            for (Story story : corpusStories) {
                List<CleanArticle> reports = new ArrayList<>();
                for (int i = 0; i < STORY_REPORTS; i++) {
                    CleanArticle a = byId.get(story.articles().get(i % story.articles().size()));
                    reports.add(copy(a, a.id().value() + "-" + i));
                }
                RecognizedEntities entities = recognizer.recognize(reports);
                long started = System.nanoTime();
                comparer.compareAll(List.of(aligned(story, story.id(), reports)), reports, entities);
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        millis.sort(null);
        out.printf("one story of %d reports, over the %d stories of %s (second pass): median %.1f ms, slowest %.1f ms%n",
                STORY_REPORTS, millis.size(), corpus, millis.get(millis.size() / 2), millis.get(millis.size() - 1));
        out.printf("%10s %10s %12s %10s%n", "articles", "seconds", "peak heap", "stories");
        out.flush();
        for (int size : sizes) {
            List<CleanArticle> articles = repeated(real, size);
            Map<ArticleId, CleanArticle> copies = articles.stream().collect(Collectors.toMap(CleanArticle::id, a -> a));
            RecognizedEntities entities = recognizer.recognize(articles);
            // the passages are aligned within the timing: the comparison is built on them
            int[] storyCount = new int[1];
            Benchmark.Result result = Benchmark.time(articles, list -> {
                List<Story> stories = new ArrayList<>();
                for (int copy = 0; copy * real.size() < size; copy++) {
                    int c = copy;
                    for (Story story : corpusStories) {
                        List<CleanArticle> reports = story.articles().stream()
                                .map(id -> copies.get(new ArticleId(id.value() + "-" + c))).filter(Objects::nonNull).toList();
                        if (!reports.isEmpty()) {
                            stories.add(aligned(story, new StoryId(story.id().value() + "-" + c), reports));
                        }
                    }
                }
                storyCount[0] = stories.size();
                return comparer.compareAll(stories, list, entities);
            });
            out.printf("%10d %10.2f %9d MB %10d%n", size, result.seconds(), result.peakHeapBytes() >> 20, storyCount[0]);
            out.flush();
        }
    }

    private List<CleanArticle> corpusArticles(String stageName) {
        if (corpus == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--stage " + stageName + " needs --corpus DIR");
        }
        return CleanArchive.read(corpus).articles();
    }

    private void benchEntities(PrintWriter out) {
        List<CleanArticle> real = corpusArticles("entities");
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
    /** The story as told by {@code reports}, its passages aligned anew. */
    private static Story aligned(Story story, StoryId id, List<CleanArticle> reports) {
        return new Story(id, story.title(), story.summary(), new PassageAligner().align(reports),
                reports.stream().map(CleanArticle::id).toList(), story.start(), story.end(), story.key());
    }

    private static List<CleanArticle> repeated(List<CleanArticle> real, int size) {
        List<CleanArticle> articles = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            CleanArticle a = real.get(i % real.size());
            articles.add(copy(a, a.id().value() + "-" + (i / real.size())));
        }
        return articles;
    }

    private static CleanArticle copy(CleanArticle a, String id) {
        return new CleanArticle(new ArticleId(id), a.file(), a.format(), a.title(), a.headline(), a.source(), a.url(),
                a.date(), a.updated(), a.author(), a.section(), a.language(), a.dateline(), a.story(), a.storyTitle(), a.tags(), a.inferred(), a.body(), a.removed());
    }
}
