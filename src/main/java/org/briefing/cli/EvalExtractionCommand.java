package org.briefing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Scores article extraction on the article-extraction benchmark's layout: saved pages and
 * whole-page pastes against the gold article bodies, the tuning and held-out parts apart.
 */
@Command(name = "eval-extraction", mixinStandardHelpOptions = true,
        description = "Score article extraction from saved pages (html/ID.html) and whole-page pastes (articles/ID.txt) "
                + "against gold.json: word precision, recall and F1 of the body, headline and date.")
final class EvalExtractionCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The folder with gold.json, html/ and articles/.")
    Path corpus;

    @Option(names = "--all-languages", description = "Score the non-English pages too (the benchmark's figures are on English pages).")
    boolean allLanguages;

    @Option(names = "--part", paramLabel = "PART", description = "Which pages to score: TUNING, HELD_OUT, or both when not given.")
    ExtractionEvaluation.Part part;

    @Option(names = "--show-errors", description = "List each page with body F1 under 0.9 or a wrong headline.")
    boolean showErrors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExtractionEvaluation evaluation = new ExtractionEvaluation(corpus);
        PrintWriter out = spec.commandLine().getOut();
        print(out, "Saved pages (.html)", evaluation.savedPages(!allLanguages));
        print(out, "Whole-page pastes (.txt)", evaluation.pastes(!allLanguages));
        out.println("Anchors (saved pages, body F1): trafilatura 0.958, newspaper4k 0.949, Readability.js 0.947, "
                + "go-domdistiller 0.927, readability-lxml 0.922, boilerpipe 0.860.");
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, String title, Map<ExtractionEvaluation.Part, ExtractionEvaluation.Figures> figures) {
        out.println(title + (allLanguages ? ", all languages" : ", English pages"));
        figures.forEach((part, figure) -> {
            if (this.part != null && this.part != part) {
                return;
            }
            out.printf("  %-9s %s%n", part == ExtractionEvaluation.Part.TUNING ? "tuning" : "held-out", figure.describe());
            if (showErrors) {
                figure.errors.forEach(error -> out.println("      " + error));
            }
        });
        out.flush();
    }
}
