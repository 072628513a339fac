package org.briefing.sitemodel;

import java.util.List;

/**
 * {@code api/compare/SLUG.json}: how a story's reports agree and differ. Unknown values are null.
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
    public record Sentence(String article, int index, String text) {
    }

    public record LeftOut(String article, List<String> passages) {
    }

    public record Quote(String speaker, String text, List<Carrier> carriers) {
    }

    public record Carrier(String article, String text, String fidelity) {
    }

    public record Number(java.lang.Number value, String text, String qualifier, String counts, String attributedTo,
                         String attribution, String article) {
    }

    /** @param outcome what befell the counted ("killed", "displaced"…), or null when the reports do not say */
    public record Claim(String counts, String outcome, boolean disagree, List<Number> numbers) {
    }

    public record Term(String article, String term, String side, String refersTo) {
    }

    public record Rewrite(List<String> articles, double similarity) {
    }

    public record Pair(List<String> articles, double similarity, String path) {
    }
}
