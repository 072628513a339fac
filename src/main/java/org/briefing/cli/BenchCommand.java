package org.briefing.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefing.analysis.stories.ClusteringScore;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryGrouper;
import org.briefing.bench.Benchmark;
import org.briefing.bench.SyntheticArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Times story grouping on synthetic archives of the given sizes and prints one line per size:
 * articles, seconds, peak heap and how well the grouping recovered the generated events.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time story grouping on reproducible synthetic archives (run with -Xmx4g to hold the heap to 4 GB).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", split = ",", defaultValue = "1000,10000,100000", paramLabel = "N",
            description = "Archive sizes, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic archive (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("cores %d, max heap %d MB, seed %d%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, seed);
        out.printf("%10s %10s %12s %10s %14s%n", "articles", "seconds", "peak heap", "stories", "B-cubed F1");
        out.flush();
        for (int size : sizes) {
            SyntheticArchive archive = SyntheticArchive.generate(size, seed);
            List<Story>[] stories = new List[1];
            Benchmark.Result result = Benchmark.time(archive.articles(), articles -> stories[0] = new StoryGrouper().group(articles));
            ClusteringScore score = ClusteringScore.of(
                    stories[0].stream().map(story -> story.articles().stream().map(id -> id.value()).toList()).toList(),
                    archive.events());
            out.printf("%10d %10.2f %9d MB %10d %14.4f%n", size, result.seconds(), result.peakHeapBytes() >> 20,
                    stories[0].size(), score.f1());
            out.flush();
        }
        return ExitCodes.OK;
    }
}
