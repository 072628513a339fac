package org.briefing.analysis.comparison;

import java.util.List;
import org.briefing.problems.Problem;

/**
 * The comparison of every story, in the stories' order, and a warning for each part of a
 * comparison that failed (a bug, not bad content) and was left out.
 */
public record Comparisons(List<SourceComparison> comparisons, List<Problem> warnings) {

    public Comparisons {
        comparisons = List.copyOf(comparisons);
        warnings = List.copyOf(warnings);
    }
}
