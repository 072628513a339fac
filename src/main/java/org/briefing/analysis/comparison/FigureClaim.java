package org.briefing.analysis.comparison;

import java.util.List;
import java.util.Objects;

/**
 * The figures of a story's reports that count the same thing with the same outcome, side by
 * side: "civilians" killed, "people" displaced, "insurgents".
 *
 * @param counts     the counted thing, as the first figure words it
 * @param figures    in the story's order of reports
 * @param disagree   whether two reports give different numbers in sentences that tell the same thing
 * @param outcome    what befell the counted ("killed", "wounded", "displaced", "held", "deployed",
 *                   "voted", "money"), as the words beside the figures tell it; empty when they tell none
 * @param inHeadline whether a report's headline gives one of the figures
 */
public record FigureClaim(String counts, List<Figure> figures, boolean disagree, String outcome, boolean inHeadline) {

    public FigureClaim {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(outcome, "outcome");
        figures = List.copyOf(figures);
    }

    /** How many reports give a figure of the claim. */
    public long reportCount() {
        return figures.stream().map(Figure::article).distinct().count();
    }

    /**
     * Whether the claim belongs on the story page: two or more reports give it, they disagree on
     * it, a headline gives it, or it tells an outcome (the dead, the displaced, forces sent, the sum). A lone
     * count of nothing in particular ("three actors", "millions of Syrians") is left to the
     * comparison page.
     */
    public boolean matters() {
        return reportCount() >= 2 || disagree || inHeadline || !outcome.isEmpty();
    }
}
