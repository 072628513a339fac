package org.briefing.sitemodel;

import java.util.List;

/**
 * {@code api/compare/SLUG.json}: how a story's reports agree and differ. Unknown values are null.
 * A report is named by its number in {@code reports} (from 0), a left-out passage by its number in
 * {@code passages}, a claim's number by its place in {@code numbers}; a carrier's or sentence's
 * text is null where it is the quote's or passage's own.
 *
 * @param reports  the story's report ids, in its order
 * @param passages aligned sentences; {@code coverage} is "all", "some" or "one"
 * @param leftOut  per report, the passages most others carry that it does not
 * @param numbers  every numeric claim
 * @param claims   numbers grouped by what they count, with {@code disagree} when reports of one fact differ
 * @param terms    the words each report uses for the story's parties
 * @param rewrites pairs of reports that are rewrites of one another
 * @param pairs    every pair of reports with its aligned share and side-by-side page
 */
public record ApiComparison(String story, String path, List<String> reports, List<Passage> passages,
                            List<LeftOut> leftOut, List<Quote> quotes, List<Number> numbers, List<Claim> claims,
                            List<Term> terms, List<Rewrite> rewrites, List<Pair> pairs) {

    /**
     * Sentences of several reports that say the same.
     *
     * @param text the first report's wording; a sentence worded otherwise gives its own
     */
    public record Passage(String coverage, String text, List<Sentence> sentences) {
    }

    /**
     * One report's sentence of a passage.
     *
     * @param index the sentence's place in the report's text, from 0
     * @param text  its wording where it differs from the passage's, otherwise null
     */
    public record Sentence(int report, int index, String text) {
    }

    public record LeftOut(int report, List<Integer> passages) {
    }

    /**
     * A quote of the story.
     *
     * @param speaker     the speaker's entity id, or null
     * @param speakerName the speaker's name as the reports write it when it is no known actor, or null
     */
    public record Quote(String speaker, String speakerName, String text, List<Carrier> carriers) {
    }

    public record Carrier(int report, String text, String fidelity) {
    }

    public record Number(java.lang.Number value, String text, String qualifier, String counts, String attributedTo,
                         String attribution, int report) {
    }

    /** @param outcome what befell the counted ("killed", "displaced"…), or null when the reports do not say */
    public record Claim(String counts, String outcome, boolean disagree, List<Integer> numbers) {
    }

    public record Term(int report, String term, String side, String refersTo) {
    }

    public record Rewrite(List<Integer> reports, double similarity) {
    }

    public record Pair(List<Integer> reports, double similarity, String path) {
    }
}
