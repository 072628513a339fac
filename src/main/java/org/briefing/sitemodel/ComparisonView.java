package org.briefing.sitemodel;

import java.util.List;

/**
 * A story's comparison page: how its reports agree and differ.
 *
 * @param reports  every report, named by its outlet, in the story's order
 * @param shared   passages every report carries
 * @param partial  passages some reports carry, the most carried first
 * @param only     per report, what no other report says
 * @param leftOut  per report, what most of the others say and it does not
 * @param quotes   quotes, those two or more reports carry first
 * @param claims   figures side by side by what they count
 * @param wording  per actor, the words each report uses for it
 * @param pairs    every pair of reports with its aligned share and side-by-side page, closest first
 * @param wordingNote which parties the reports word alike, or that none is worded; empty when
 *                 every row differs
 * @param rewrites each rewrite stated plainly, or the closest pair's share when there is none
 */
public record ComparisonView(String title, String storyTitle, String storyUrl, String apiUrl, List<LinkView> reports,
                             List<PassageRow> shared, List<PassageRow> partial, List<ReportSentences> only,
                             List<ReportSentences> leftOut, List<QuoteRow> quotes, List<ClaimRow> claims,
                             List<WordingRow> wording, List<PairRow> pairs, String wordingNote,
                             List<String> rewrites) implements PageView {

    public ComparisonView {
        reports = List.copyOf(reports);
        shared = List.copyOf(shared);
        partial = List.copyOf(partial);
        only = List.copyOf(only);
        leftOut = List.copyOf(leftOut);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        wording = List.copyOf(wording);
        pairs = List.copyOf(pairs);
        rewrites = List.copyOf(rewrites);
    }

    /** A passage in one report's words, with every report that carries it. */
    public record PassageRow(String text, List<LinkView> carriers) {
    }

    /**
     * Sentences of, or missing from, one report: at most a few of them.
     *
     * @param more how many more the report has, shown as a count with a link to the report
     */
    public record ReportSentences(LinkView report, List<String> sentences, int more) {

        public ReportSentences {
            sentences = List.copyOf(sentences);
        }

        /** The first {@code shown} of {@code sentences}, and a count of the rest. */
        static ReportSentences firstOf(LinkView report, List<String> sentences, int shown) {
            return new ReportSentences(report, sentences.subList(0, Math.min(shown, sentences.size())),
                    Math.max(0, sentences.size() - shown));
        }
    }

    /**
     * A quote and how each report carries it.
     *
     * @param speaker the speaker's page; a name with an empty URL when the reports name someone the
     *                archive does not know as an actor; null when they name no one
     */
    public record QuoteRow(String text, LinkView speaker, List<CarrierRow> carriers) {
    }

    /**
     * One report's wording of a quote: for an altered one, its words with those that differ from
     * the reference marked.
     */
    public record CarrierRow(LinkView report, String fidelity, List<WordDiff.Segment> words) {
    }

    /** Figures that count one thing; {@code disagree} when reports of the same fact give other numbers. */
    public record ClaimRow(String counts, boolean disagree, List<FigureRow> figures) {
    }

    /**
     * One figure: its words, its report, and the source the report gives ("" when none).
     *
     * @param sourceUrl the source's actor page, or "" when it is no known actor
     */
    public record FigureRow(String text, LinkView report, String source, String sourceUrl) {
    }

    /**
     * A claim in brief, for the story page: what is counted and each wording once, with the
     * reports that give it ("11 civilians: report 1, report 2").
     */
    public record ClaimBrief(String counts, boolean disagree, List<Stated> numbers) {

        public ClaimBrief {
            numbers = List.copyOf(numbers);
        }
    }

    /** One wording of a figure and the reports that give it, each with the source it names. */
    public record Stated(String text, List<FigureRow> reports) {

        public Stated {
            reports = List.copyOf(reports);
        }
    }

    /**
     * A party and, per report in the story's order, the words that report uses for it.
     *
     * @param party   the actor, linked, or the kind of party when the words name no known actor (url "")
     * @param differs whether the reports that use words for it use different ones
     */
    public record WordingRow(LinkView party, List<List<String>> words, boolean differs) {

        public WordingRow {
            words = List.copyOf(words);
        }
    }

    /** Two reports, their aligned share in percent, and their side-by-side page. */
    public record PairRow(LinkView first, LinkView second, int percent, boolean rewrite, String url) {
    }

    @Override
    public String template() {
        return "compare.ftlh";
    }

    @Override
    public String modelName() {
        return "comparison";
    }
}
