package org.briefing.analysis.stories;

import java.util.Arrays;

/**
 * How many reports of a group name each piece of {@link EventEvidence}, and the test that tells
 * two groups of reports of look-alike events apart.
 *
 * <p>Two groups are reports of different events when each has evidence of its own: a name or
 * number that many of its reports give and the other group's reports do not (the boxer's
 * opponent, the quake's magnitude, the minister who announced it). Each side's strongest such
 * term is scored with the log-likelihood ratio (G statistic) of its counts in the two groups
 * against one shared rate; the weaker side's score decides. A group that merely adds new names to
 * what the other group says (a follow-up naming a witness) has nothing the other group lacks on
 * its side. Small groups cannot score high: a side needs a term two of its reports give, and two
 * reports against one score at most 3.8, so a single report is never kept out of a story this way.
 *
 * <p>Counts are kept as sorted parallel arrays; {@link #plus} merges two in one pass.
 */
final class EvidenceCounts {

    private final int[] terms;
    private final int[] counts;
    private final int reports;

    private EvidenceCounts(int[] terms, int[] counts, int reports) {
        this.terms = terms;
        this.counts = counts;
        this.reports = reports;
    }

    /** The counts of one report: each of its (sorted, distinct) terms once. */
    static EvidenceCounts ofReport(int[] evidence) {
        int[] ones = new int[evidence.length];
        Arrays.fill(ones, 1);
        return new EvidenceCounts(evidence, ones, 1);
    }

    int reports() {
        return reports;
    }

    EvidenceCounts plus(EvidenceCounts other) {
        int[] mergedTerms = new int[terms.length + other.terms.length];
        int[] mergedCounts = new int[mergedTerms.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < terms.length || j < other.terms.length) {
            if (j == other.terms.length || (i < terms.length && terms[i] < other.terms[j])) {
                mergedTerms[k] = terms[i];
                mergedCounts[k++] = counts[i++];
            } else if (i == terms.length || other.terms[j] < terms[i]) {
                mergedTerms[k] = other.terms[j];
                mergedCounts[k++] = other.counts[j++];
            } else {
                mergedTerms[k] = terms[i];
                mergedCounts[k++] = counts[i++] + other.counts[j++];
            }
        }
        return new EvidenceCounts(Arrays.copyOf(mergedTerms, k), Arrays.copyOf(mergedCounts, k), reports + other.reports);
    }

    /**
     * How strongly the two groups' evidence says they are different events: the smaller of the two
     * sides' best G statistic (0 when either side has no term it gives more often than the other).
     */
    double conflictWith(EvidenceCounts other) {
        if (reports < 2 || other.reports < 2) {
            return 0; // a side needs a term two of its reports give
        }
        double mine = 0;
        double theirs = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length || j < other.terms.length) {
            int a;
            int b;
            if (j == other.terms.length || (i < terms.length && terms[i] < other.terms[j])) {
                a = counts[i++];
                b = 0;
            } else if (i == terms.length || other.terms[j] < terms[i]) {
                a = 0;
                b = other.counts[j++];
            } else {
                a = counts[i++];
                b = other.counts[j++];
            }
            // Compare shares, not counts: a group twice the size gives a term twice as often. A
            // term counts for a side only if two of its reports give it: one report's name is
            // one writer's detail, not the group's.
            double share = (double) a * other.reports - (double) b * reports;
            if (share > 0 && a >= 2) {
                mine = Math.max(mine, g(a, reports, b, other.reports));
            } else if (share < 0 && b >= 2) {
                theirs = Math.max(theirs, g(a, reports, b, other.reports));
            }
        }
        return Math.min(mine, theirs);
    }

    /** The G statistic of {@code a} of {@code n} against {@code b} of {@code m} under one shared rate. */
    static double g(int a, int n, int b, int m) {
        double rate = (double) (a + b) / (n + m);
        return 2 * (term(a, n * rate) + term(n - a, n * (1 - rate)) + term(b, m * rate) + term(m - b, m * (1 - rate)));
    }

    private static double term(double observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }
}
