package org.briefing.analysis.comparison;

import java.util.List;
import java.util.Objects;

/**
 * The figures of a story's reports that count the same kind of thing, side by side: "civilians",
 * "children", "insurgents".
 *
 * @param counts   the counted thing, as the first figure words it
 * @param figures  in the story's order of reports
 * @param disagree whether two reports give different numbers in sentences that tell the same thing
 */
public record FigureClaim(String counts, List<Figure> figures, boolean disagree) {

    public FigureClaim {
        Objects.requireNonNull(counts, "counts");
        figures = List.copyOf(figures);
    }
}
