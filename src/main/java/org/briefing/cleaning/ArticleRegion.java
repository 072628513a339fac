package org.briefing.cleaning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefing.content.Block;

/**
 * Finds the article in a select-all paste of a whole web page: the run of blocks, from one
 * paragraph of prose to another, where prose outweighs the short lines between (menus, section
 * names, "related" headlines, footers each cost a little; a few subheadings or captions between
 * paragraphs cost less than a paragraph gives). The run is the best-scoring one, found as a
 * maximum-sum segment over the lines' weights ({@link LineWeights}), ended where the page goes on
 * to other reports ({@link ArticleEnd}). Only a paste with many blocks outside that run counts as
 * a whole page; an article pasted on its own, with a stray line or two of furniture, is left to
 * the other rules.
 *
 * <p>Whatever is left out is lost to the reader (it is only listed as removed), so the choices
 * lean to keeping: runs of the same report join across boxes of links and galleries, and the
 * sidecar's title points to the article even when no line shows it whole.
 */
final class ArticleRegion {

    /** The share of its words a run must have in common with the article to join it across a list. */
    private static final double JOIN_SHARED = 0.25;
    /** What the lines between may cost at most for a run to join. */
    private static final int MAX_JOIN_COST = 400;
    /**
     * Lines costing no more than this (a box of ten to twenty links, a gallery's controls) part
     * two runs of one report more often than two reports: the run then needs to share only
     * {@link #NEAR_JOIN_SHARED} of its words, since a short report's paragraphs share few.
     */
    private static final int NEAR_JOIN_COST = 150;
    private static final double NEAR_JOIN_SHARED = 0.15;
    /** Without a headline line, the article is a run holding at least this share of the title's words, when one does. */
    private static final double TITLE_WORDS_SHARED = 0.3;
    /** Fewer lines than this outside the article: it was pasted on its own, not the whole page. */
    static final int MIN_OUTSIDE_BLOCKS = 20;
    /** How many lines of labels may stand between the lead and the rest of the article. */
    private static final int MAX_LEAD_GAP = 8;
    /** The words of prose a run below the headline needs to be taken for the article. */
    private static final int MIN_ARTICLE_SCORE = 30;

    /**
     * @param above the few lines right above the article, among the removed ones: where a page
     *              prints the date and byline under its headline
     */
    record Result(List<Block> kept, List<Removal> removed, List<Block> above) {

        Result {
            kept = List.copyOf(kept);
            removed = List.copyOf(removed);
            above = List.copyOf(above);
        }

        static Result unchanged(List<Block> blocks) {
            return new Result(blocks, List.of(), List.of());
        }
    }

    /**
     * @param title the headline the sidecar gives; a page shows it right above the article, so
     *              when it stands on a line of its own the article is looked for below it
     */
    Result keepArticle(List<Block> blocks, Optional<String> title) {
        int titleLine = title.map(t -> TitleLine.find(blocks, t)).orElse(-1);
        int from = titleLine + 1;
        long[] weights = LineWeights.of(blocks);
        List<Segment> segments = segments(weights, from);
        if (segments.isEmpty()) {
            return Result.unchanged(blocks);
        }
        Segment best = segments.stream().max(Comparator.comparingLong(Segment::score)).orElseThrow();
        if (titleLine < 0 && title.isPresent()) {
            // With no line to start below, a long footer notice or a comment can outscore a short
            // article; the article is the best run that names what the title names.
            Set<String> titleWords = ReportWords.of(title.get());
            best = segments.stream()
                    .filter(segment -> ReportWords.share(titleWords, ReportWords.of(blocks.subList(segment.start(), segment.end() + 1)))
                            >= TITLE_WORDS_SHARED)
                    .max(Comparator.comparingLong(Segment::score)).orElse(best);
        }
        Segment chosen = best;
        if (titleLine >= 0) {
            // Below the headline, the first run of real length is the article; a later, longer run
            // (a legal notice in the footer) joins it only when it outweighs the lines between.
            Segment first = segments.stream().filter(segment -> segment.score() >= MIN_ARTICLE_SCORE).findFirst().orElse(best);
            chosen = first;
            if (best.start() > first.end() && best.score() >= cost(weights, first.end() + 1, best.start())) {
                chosen = new Segment(first.start(), best.end(), first.score() + best.score());
            }
        }
        chosen = joinSameReport(blocks, weights, segments, chosen, title);
        int bestStart = extendBack(blocks, weights, chosen.start(), from, titleLine >= 0 ? blocks.size() : MAX_LEAD_GAP);
        int bestEnd = ArticleEnd.find(blocks, weights, bestStart, chosen.end(), title);
        if (blocks.size() - (bestEnd - bestStart + 1) < MIN_OUTSIDE_BLOCKS) {
            return Result.unchanged(blocks);
        }
        List<Removal> removed = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (i < bestStart || i > bestEnd) {
                removed.add(new Removal(RemovalReason.OUTSIDE_ARTICLE, blocks.get(i).text(), blocks.get(i).line()));
            }
        }
        List<Block> above = blocks.subList(Math.max(0, bestStart - MAX_LEAD_GAP), bestStart);
        return new Result(blocks.subList(bestStart, bestEnd + 1), removed, above);
    }

    /**
     * A list of short lines inside a report (a product's features, an interview's quick answers,
     * a gallery's captions, a box of links to other reports) can cost more than the prose beside
     * it gives, splitting the report in runs. A run before or after the article that shares at
     * least {@link #JOIN_SHARED} of its words with the article so far ({@link #NEAR_JOIN_SHARED}
     * across lines costing up to {@link #NEAR_JOIN_COST}) is more of it, and joins it across
     * lines costing up to {@link #MAX_JOIN_COST}; later runs first, then earlier ones, each side
     * until one does not.
     */
    private static Segment joinSameReport(List<Block> blocks, long[] weights, List<Segment> segments, Segment chosen,
            Optional<String> title) {
        Segment joined = chosen;
        for (Segment next : segments) {
            if (next.start() > joined.end()) {
                if (!isMoreOf(blocks, weights, joined, next, title)) {
                    break;
                }
                joined = new Segment(joined.start(), next.end(),
                        joined.score() + next.score() - cost(weights, joined.end() + 1, next.start()));
            }
        }
        for (int i = segments.size() - 1; i >= 0; i--) {
            Segment previous = segments.get(i);
            if (previous.end() < joined.start()) {
                if (!isMoreOf(blocks, weights, joined, previous, title)) {
                    break;
                }
                joined = new Segment(previous.start(), joined.end(),
                        joined.score() + previous.score() - cost(weights, previous.end() + 1, joined.start()));
            }
        }
        return joined;
    }

    private static boolean isMoreOf(List<Block> blocks, long[] weights, Segment article, Segment other, Optional<String> title) {
        long between = other.start() > article.end()
                ? cost(weights, article.end() + 1, other.start())
                : cost(weights, other.end() + 1, article.start());
        if (between > MAX_JOIN_COST) {
            return false;
        }
        Set<String> vocabulary = ReportWords.of(blocks.subList(article.start(), article.end() + 1));
        title.ifPresent(t -> vocabulary.addAll(ReportWords.of(t)));
        double needed = between <= NEAR_JOIN_COST ? NEAR_JOIN_SHARED : JOIN_SHARED;
        return ReportWords.share(ReportWords.of(blocks.subList(other.start(), other.end() + 1)), vocabulary) >= needed;
    }

    /** A run of blocks and what it scores. */
    private record Segment(int start, int end, long score) {
    }

    /** The maximum-sum runs, one for each stretch between points where the running sum falls to zero. */
    private static List<Segment> segments(long[] weights, int from) {
        List<Segment> segments = new ArrayList<>();
        long running = 0;
        long best = 0;
        int start = from;
        int bestStart = -1;
        int bestEnd = -1;
        for (int i = from; i < weights.length; i++) {
            running += weights[i];
            if (running <= 0) {
                if (bestStart >= 0) {
                    segments.add(new Segment(bestStart, bestEnd, best));
                }
                running = 0;
                best = 0;
                bestStart = -1;
                start = i + 1;
            } else if (running > best) {
                best = running;
                bestStart = start;
                bestEnd = i;
            }
        }
        if (bestStart >= 0) {
            segments.add(new Segment(bestStart, bestEnd, best));
        }
        return segments;
    }

    /** What the lines from {@code from} (inclusive) to {@code to} (exclusive) cost, less what they give. */
    private static long cost(long[] weights, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum -= weights[i];
        }
        return sum;
    }

    /**
     * The article's lead often stands above a video or a picture gallery whose labels cost more
     * than the lead gives; a paragraph of prose a few lines above the run joins it.
     */
    private static int extendBack(List<Block> blocks, long[] weights, int start, int from, int maxGap) {
        int extended = start;
        for (int i = start - 1; i >= from && extended - i <= maxGap; i--) {
            if (weights[i] >= LineWeights.PROSE_WORDS) {
                extended = i;
            }
        }
        return extended;
    }
}
