package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.briefing.analysis.comparison.ComparisonScore;
import org.briefing.analysis.comparison.ComparisonScore.ReportGold;
import org.briefing.analysis.comparison.QuoteFinder;
import org.briefing.analysis.entities.EntityScore.Ratio;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.cleaning.CleanArticle;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Scores the quotes and figures found in reports against a gold file that lists every quote and
 * figure of some reports:
 * {@code {"articles": {ID: {"quotes": [{"text", "speaker"}], "figures": [{"text", "value", "counts", "attributed_to"}]}}}},
 * or PolNeAR's quotes with speakers as written ({@link ComparisonScore#readGold}).
 * The whole archive is read, so that names are recognised as in a build; only the gold's reports are scored.
 */
@Command(name = "eval-comparison", mixinStandardHelpOptions = true,
        description = "Score quotes (with speakers) and figures (with what they count and their source) against a gold file.")
final class EvalComparisonCommand implements Callable<Integer> {

    @Option(names = "--content", paramLabel = "DIR", required = true, description = "The archive to read.")
    Path content;

    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "The gold file (JSON).")
    Path gold;

    /** Which reports of the gold to score. */
    enum Part { ALL, TUNING, HELD_OUT }

    @Option(names = "--part", paramLabel = "PART", defaultValue = "ALL", converter = PartConverter.class,
            description = "all, tuning or held-out: the reports to score; held-out is the quarter of a gold set kept "
                    + "aside while tuning (ids whose hash is divisible by 4), tuning the rest (default: all).")
    Part part;

    @Option(names = "--show-errors", description = "List the misses, the wrong finds, and wrong speakers, things and sources.")
    boolean showErrors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, ReportGold> expected = new java.util.LinkedHashMap<>(ComparisonScore.readGold(gold));
        if (part != Part.ALL) {
            expected.keySet().removeIf(id -> ComparisonScore.isHeldOut(id) != (part == Part.HELD_OUT));
        }
        CleanArchive archive = CleanArchive.read(content);
        List<CleanArticle> articles = archive.articles();
        RecognizedEntities recognized = archive.recognize();
        Set<String> present = articles.stream().map(article -> article.id().value()).collect(Collectors.toSet());
        List<String> absent = expected.keySet().stream().filter(id -> !present.contains(id)).toList();
        if (!absent.isEmpty()) {
            throw ProblemsFound.of(Problem.error(gold.toString(), 0,
                    "names articles that are not in " + content + ": " + String.join(", ", absent) + ".",
                    "Point --content at the archive the gold was made for."));
        }
        ComparisonScore.Result score = ComparisonScore.scoreReports(expected, articles, recognized);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d reports scored of %d in the archive%n", expected.size(), articles.size());
        print(out, "quotes:  precision", score.quotePrecision(), "recall", score.quoteRecall());
        out.printf("         recall of quotes under %d words (left out on purpose): %s%n", QuoteFinder.MIN_WORDS,
                ratio(score.shortRecall()));
        print(out, "         speaker right", score.speakers(), "named speaker found", score.namedSpeakers());
        out.printf("         speaker precision (of quotes shown with a speaker, the share right): %s%n",
                ratio(score.speakerPrecision()));
        if (score.resolvedNamed().total() > 0) {
            print(out, "         speaker written as a pronoun or description, estimated: named speaker found",
                    score.resolvedNamed(), "precision", score.resolvedPrecision());
        }
        if (expected.values().stream().anyMatch(report -> !report.figures().isEmpty())) {
            print(out, "figures: precision", score.figurePrecision(), "recall", score.figureRecall());
            print(out, "         counted thing right", score.counts(), "source right", score.sources());
        } else {
            out.println("figures: none in this gold");
        }
        if (showErrors) {
            score.errors().forEach(error -> out.println("  " + error));
        }
        return ExitCodes.OK;
    }

    /** Reads "held-out" as well as "HELD_OUT". */
    static final class PartConverter implements picocli.CommandLine.ITypeConverter<Part> {
        @Override
        public Part convert(String value) {
            return Part.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    private static void print(PrintWriter out, String first, Ratio a, String second, Ratio b) {
        out.printf("%s %s  %s %s%n", first, ratio(a), second, ratio(b));
    }

    private static String ratio(Ratio ratio) {
        return String.format("%.3f (%d/%d)", ratio.value(), ratio.hits(), ratio.total());
    }
}
