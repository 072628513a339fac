package org.briefing.cleaning;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.content.Block;
import org.briefing.content.TextShape;

/**
 * Finds where the article of a pasted page ends, by its words. Below the article a page often
 * lists teasers of other reports (a headline, a byline, a date, a paragraph of prose), which
 * together outweigh the labels between them, readers' comments, and a footer whose copyright line
 * is followed by more teasers or legal prose. Two kinds of point may end the article: a stretch of
 * labels costing at least {@link #GAP_COST} once the article has given {@link #MIN_ARTICLE_WORDS}
 * of prose, when the lines after it show a list of other reports by their dates, and a copyright
 * line or a comment section's header once it has given {@link #MIN_MARKER_WORDS}. The article
 * ends at such a point only when what follows shares less than {@link #MIN_SHARED} of its words
 * with the headline and the article so far: a list of short lines inside the article (a feature
 * list, interview questions, a box of links) is followed by more of the same report, which
 * shares its words.
 *
 * <p>Everything after the point is cut, so each needs evidence of its own besides the low share
 * of words: a share is a noisy measure on a few lines (inside the development pages' articles,
 * the next 40 words of prose share under 20 % of theirs with the article so far at one point in
 * six), while a footer's copyright line, a comments header and a run of dated teasers are page
 * furniture by their form.
 */
final class ArticleEnd {

    /** What the labels between two runs of prose must cost for the later run to be doubted. */
    private static final int GAP_COST = 50;
    /** The prose an article must have given before a later run of it is doubted: its vocabulary is known. */
    private static final int MIN_ARTICLE_WORDS = 300;
    /** The prose an article must have given before a copyright line or comments header is taken for the page's. */
    private static final int MIN_MARKER_WORDS = 100;
    /** The share of its words a doubted run must have in common with the article to be kept. */
    private static final double MIN_SHARED = 0.2;
    /** How much prose after the gap is looked through for more dated teasers: a few teasers' worth. */
    private static final int TEASER_WORDS = 150;
    /**
     * "© 2019 …", "Copyright 2019 …", "All rights reserved": a footer; a photo's "© Reuters" has no
     * year, and the word alone is said in reports ("sued for copyright infringement").
     */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i).*(©\\s*(19|20)\\d\\d|\\bcopyright\\s*(©\\s*)?(\\(c\\)\\s*)?(19|20)\\d\\d|all rights reserved).*");
    /** A credit under a picture ("Photo: © 2019 Jane Doe") stands inside the article, not in its footer. */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?i).*\\b(photo|photos|photograph|image|images|picture|pic|credit|getty)\\b.*");
    private static final int MAX_NOTICE_WORDS = 40;
    private static final int MAX_HEADER_WORDS = 12;
    /** How much prose after a copyright line or comments header shows whether the article goes on. */
    private static final int FOLLOWING_WORDS = 40;
    /** The longest label an interview puts before a colon ("Q", "A", "Mr Smith"). */
    private static final int MAX_LABEL_CHARACTERS = 20;
    private static final int MAX_LABEL_WORDS = 3;

    private ArticleEnd() {
    }

    /**
     * The index of the article's last block, at most {@code end}.
     *
     * @param weights each block's weight ({@link LineWeights#of})
     */
    static int find(List<Block> blocks, long[] weights, int start, int end, Optional<String> title) {
        Set<String> vocabulary = new HashSet<>();
        title.ifPresent(t -> vocabulary.addAll(ReportWords.of(t)));
        Set<String> labels = new HashSet<>();
        long running = 0;
        long peak = 0;
        int peakIndex = start;
        for (int i = start; i <= end; i++) {
            long weight = weights[i];
            if (weight > 0 && peak >= MIN_ARTICLE_WORDS && peak - running >= GAP_COST
                    && shared(blocks.subList(peakIndex + 1, i + 1), vocabulary, labels) < MIN_SHARED
                    && listsDatedTeasers(blocks.subList(peakIndex + 1, i + 1),
                            blocks.subList(i + 1, following(weights, i + 1, end, TEASER_WORDS)))) {
                return peakIndex;
            }
            if (peak >= MIN_MARKER_WORDS && (isCopyrightLine(blocks.get(i)) || isCommentsHeader(blocks, i))
                    && shared(blocks.subList(i + 1, following(weights, i + 1, end, FOLLOWING_WORDS)), vocabulary, labels) < MIN_SHARED) {
                return peakIndex;
            }
            running += weight;
            if (running > peak) {
                peak = running;
                // The article so far reaches to here: its words and its labels join what it is known by.
                for (int j = peakIndex; j <= i; j++) {
                    vocabulary.addAll(ReportWords.of(blocks.get(j).text()));
                    if (LineWeights.isProse(blocks.get(j))) {
                        labelOf(blocks.get(j).text()).ifPresent(labels::add);
                    }
                }
                peakIndex = i;
            }
        }
        return end;
    }

    /** "12 thoughts on …", "34 responses to …", "Leave a Reply", "Join the conversation". */
    private static final Pattern COMMENTS = Pattern.compile(
            "(?i)(\\d+\\s+(thoughts?|comments?|responses?|replies)\\b.*|leave a (reply|comment)\\b.*"
            + "|join the (conversation|discussion)\\b.*)");
    /** "Comments", "View Comments": a button's label, which a page may also show inside the article. */
    private static final Pattern COMMENTS_BUTTON = Pattern.compile("(?i)((view|show)\\s+)?comments");

    /**
     * The header of the readers' comments below an article; a sentence about comments is longer. A
     * bare "Comments" stood between two paragraphs of an article on a development page
     * (aeb-f5c90a6d5253), so it is a header only when no paragraph of prose comes right after it.
     */
    private static boolean isCommentsHeader(List<Block> blocks, int index) {
        Block block = blocks.get(index);
        if (block.wordCount() > MAX_HEADER_WORDS) {
            return false;
        }
        String text = block.text().strip();
        if (COMMENTS.matcher(text).matches()) {
            return true;
        }
        return COMMENTS_BUTTON.matcher(text).matches() && (index + 1 == blocks.size() || !LineWeights.isProse(blocks.get(index + 1)));
    }

    /** A footer's short copyright notice with its year, not a picture's credit. */
    private static boolean isCopyrightLine(Block block) {
        return block.wordCount() <= MAX_NOTICE_WORDS && COPYRIGHT.matcher(block.text()).matches()
                && !PICTURE_CREDIT.matcher(block.text()).matches();
    }

    /** The index (exclusive) where the lines from {@code from} on have given {@code words} words of prose, or {@code end + 1}. */
    private static int following(long[] weights, int from, int end, int words) {
        int to = from;
        long prose = 0;
        while (to <= end && prose < words) {
            prose += Math.max(0, weights[to]);
            to++;
        }
        return to;
    }

    /**
     * Teasers of other reports carry their dates, one each, and go on: a date line in the gap and
     * another after its first paragraph of prose. An article's own paragraphs seldom stand a date
     * alone on a line; a box of dated links inside the article is followed by more of the article,
     * with no more dates.
     */
    private static boolean listsDatedTeasers(List<Block> gap, List<Block> after) {
        return gap.stream().anyMatch(ArticleEnd::isDateLine) && after.stream().anyMatch(ArticleEnd::isDateLine);
    }

    private static boolean isDateLine(Block line) {
        return PublishedDates.parse(line.text()).isPresent();
    }

    /**
     * The share of the lines' words the article has used; a line under one of the article's own
     * labels ("Q:", "A:") counts as the article's, and nothing at all shares nothing.
     */
    private static double shared(List<Block> lines, Set<String> vocabulary, Set<String> labels) {
        Set<String> words = new HashSet<>();
        Set<String> labelled = new HashSet<>();
        for (Block line : lines) {
            Set<String> lineWords = ReportWords.of(line.text());
            words.addAll(lineWords);
            if (labelOf(line.text()).filter(labels::contains).isPresent()) {
                labelled.addAll(lineWords);
            }
        }
        if (words.isEmpty()) {
            return lines.isEmpty() ? 0 : 1;
        }
        return words.stream().filter(word -> vocabulary.contains(word) || labelled.contains(word)).count() / (double) words.size();
    }

    /** "q" of "Q: Where did you grow up?": a speaker or role label an interview repeats. */
    private static Optional<String> labelOf(String text) {
        int colon = text.indexOf(": ");
        if (colon <= 0 || colon > MAX_LABEL_CHARACTERS || TextShape.wordCount(text.substring(0, colon)) > MAX_LABEL_WORDS) {
            return Optional.empty();
        }
        return Optional.of(text.substring(0, colon).toLowerCase(Locale.ROOT));
    }
}
