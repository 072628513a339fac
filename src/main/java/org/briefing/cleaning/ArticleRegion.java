package org.briefing.cleaning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;
import org.briefing.content.TextShape;

/**
 * Finds the article in a select-all paste of a whole web page: the run of blocks, from one
 * paragraph of prose to another, where prose outweighs the short lines between (menus, section
 * names, "related" headlines, footers each cost a little; a few subheadings or captions between
 * paragraphs cost less than a paragraph gives). The run is the best-scoring one, found as a
 * maximum-sum segment, ended before teasers of other reports that share few of its words. Only a paste with many blocks outside that run counts as a whole page; an
 * article pasted on its own, with a stray line or two of furniture, is left to the other rules.
 */
final class ArticleRegion {

    /** Fewer lines than this outside the article: it was pasted on its own, not the whole page. */
    static final int MIN_OUTSIDE_BLOCKS = 20;
    /** A paragraph of this many words or more is prose, whatever its punctuation. */
    private static final int PROSE_WORDS = 20;
    /** A shorter paragraph is prose when it ends like a sentence and has at least this many words. */
    private static final int SENTENCE_WORDS = 10;
    /** What a line that is not prose costs, besides its words. */
    private static final int LINE_COST = 3;
    private static final int SHORT_SENTENCE_WORDS = 4;
    /** How many lines of labels may stand between the lead and the rest of the article. */
    private static final int MAX_LEAD_GAP = 8;
    /** The words of prose a run below the headline needs to be taken for the article. */
    private static final int MIN_ARTICLE_SCORE = 30;
    /** What the labels between two runs of prose must cost for the later run to be doubted. */
    private static final int GAP_COST = 40;
    /** The prose an article must have given before a later run of it is doubted: its vocabulary is known. */
    private static final int MIN_ARTICLE_WORDS = 300;
    /** The share of its words a doubted run must have in common with the article to be kept. */
    private static final double MIN_SHARED = 0.3;

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
        int titleLine = title.map(t -> lineOf(blocks, t)).orElse(-1);
        int from = titleLine + 1;
        List<Segment> segments = segments(blocks, from);
        if (segments.isEmpty()) {
            return Result.unchanged(blocks);
        }
        Segment best = segments.stream().max(java.util.Comparator.comparingLong(Segment::score)).orElseThrow();
        Segment chosen = best;
        if (titleLine >= 0) {
            // Below the headline, the first run of real length is the article; a later, longer run
            // (a legal notice in the footer) joins it only when it outweighs the lines between.
            Segment first = segments.stream().filter(segment -> segment.score() >= MIN_ARTICLE_SCORE).findFirst().orElse(best);
            chosen = first;
            if (best.start() > first.end() && best.score() >= cost(blocks, first.end() + 1, best.start())) {
                chosen = new Segment(first.start(), best.end(), first.score() + best.score());
            }
        }
        int bestStart = extendBack(blocks, chosen.start(), from, titleLine >= 0 ? blocks.size() : MAX_LEAD_GAP);
        int bestEnd = endOfArticle(blocks, bestStart, chosen.end(), title);
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
     * Below the article a page often lists teasers of other reports, each a headline, a byline
     * and a paragraph of prose, which together outweigh the labels between them. The article ends
     * before the first stretch of labels costing at least {@link #GAP_COST} after which the prose
     * shares few of its words with the headline and the article so far: a run of short lines
     * within the article (a feature list, interview questions) is followed by more of the same
     * report, which shares its words.
     */
    private static int endOfArticle(List<Block> blocks, int start, int end, Optional<String> title) {
        Set<String> vocabulary = new HashSet<>();
        title.ifPresent(t -> vocabulary.addAll(contentWords(t)));
        long running = 0;
        long peak = 0;
        int peakIndex = start;
        for (int i = start; i <= end; i++) {
            long weight = weight(blocks.get(i));
            if (weight > 0 && peak >= MIN_ARTICLE_WORDS && peak - running >= GAP_COST
                    && shared(contentWords(blocks.subList(peakIndex + 1, i + 1)), vocabulary) < MIN_SHARED) {
                return peakIndex;
            }
            running += weight;
            if (running > peak) {
                peak = running;
                // The article so far reaches to here: its words join the vocabulary.
                for (int j = peakIndex; j <= i; j++) {
                    vocabulary.addAll(contentWords(blocks.get(j).text()));
                }
                peakIndex = i;
            }
        }
        return end;
    }

    private static double shared(Set<String> words, Set<String> vocabulary) {
        if (words.isEmpty()) {
            return 1;
        }
        return words.stream().filter(vocabulary::contains).count() / (double) words.size();
    }

    private static Set<String> contentWords(List<Block> blocks) {
        Set<String> words = new HashSet<>();
        blocks.forEach(block -> words.addAll(contentWords(block.text())));
        return words;
    }

    /** The words that name what a report is about: lower-cased, of five letters or more. */
    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 5) {
                words.add(word);
            }
        }
        return words;
    }

    /** A run of blocks and what it scores. */
    private record Segment(int start, int end, long score) {
    }

    /** The maximum-sum runs, one for each stretch between points where the running sum falls to zero. */
    private static List<Segment> segments(List<Block> blocks, int from) {
        List<Segment> segments = new ArrayList<>();
        long running = 0;
        long best = 0;
        int start = from;
        int bestStart = -1;
        int bestEnd = -1;
        for (int i = from; i < blocks.size(); i++) {
            running += weight(blocks.get(i));
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
    private static long cost(List<Block> blocks, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum -= weight(blocks.get(i));
        }
        return sum;
    }

    private static int lineOf(List<Block> blocks, String title) {
        String key = TextShape.comparisonKey(title);
        for (int i = 0; i < blocks.size(); i++) {
            if (!key.isEmpty() && TextShape.comparisonKey(blocks.get(i).text()).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Prose counts its words; a short sentence or question ("Q: Favourite places?") half of them,
     * since lists and interviews are written so; a menu item or a headline of another article
     * costs its words and a little more.
     */
    private static long weight(Block block) {
        int words = block.wordCount();
        if (isProse(block)) {
            return words;
        }
        if (words >= SHORT_SENTENCE_WORDS && endsLikeSentence(block.text())) {
            return words / 2;
        }
        return -(LINE_COST + words);
    }

    /**
     * The article's lead often stands above a video or a picture gallery whose labels cost more
     * than the lead gives; a paragraph of prose a few lines above the run joins it.
     */
    private static int extendBack(List<Block> blocks, int start, int from, int maxGap) {
        int extended = start;
        for (int i = start - 1; i >= from && extended - i <= maxGap; i--) {
            if (blocks.get(i).wordCount() >= PROSE_WORDS && isProse(blocks.get(i))) {
                extended = i;
            }
        }
        return extended;
    }

    static boolean isProse(Block block) {
        if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.QUOTE) {
            return false;
        }
        int words = block.wordCount();
        return words >= PROSE_WORDS || words >= SENTENCE_WORDS && endsLikeSentence(block.text());
    }

    private static boolean endsLikeSentence(String text) {
        String trimmed = text.strip();
        while (!trimmed.isEmpty() && "\"”’')]".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return !trimmed.isEmpty() && ".!?…".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
    }
}
