package org.briefing.cleaning;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.content.TextShape;

/**
 * The words of page furniture: what web pages put around an article and what pasting carries
 * along. Matching is on the whole block, by comparison key (case, accents and punctuation
 * ignored), so a sentence that merely contains "read more" is never touched.
 */
final class FurnitureRules {

    /** What a whole block matched, and so what to do with it and the blocks after it. */
    enum Match {
        /** Remove this block alone. */
        LINE,
        /** A "Read more:" header: remove it and the headlines listed with it. */
        LINK_LIST_HEADER,
        /** "Articles You May Like": remove it and the run of unrelated headlines after it. */
        RECOMMENDATIONS_HEADER,
        /** A video timestamp such as 0:59: remove it and a caption line right after it. */
        VIDEO_TIMESTAMP,
        /** "Image:" on its own: remove it and the caption after it. */
        IMAGE_LABEL,
        /** A caption ending in a credit ("... Pic: Reuters"). */
        IMAGE_CREDIT
    }

    private static final Set<String> LINES = Set.of(
            "source link", "back to top button", "back to top", "advertisement", "advertisements",
            "skip to content", "skip to main content", "share this article", "share this story",
            "share this", "share on facebook", "share on twitter", "copy link", "print this article",
            "sign up for our newsletter", "subscribe to our newsletter", "listen to this article",
            "story continues below advertisement", "scroll to continue", "continue reading",
            "please use chrome browser for a more accessible video player",
            "this video can not be played", "this video cannot be played");

    private static final Set<String> LINK_LIST_HEADERS = Set.of(
            "read more", "also read", "read also", "see also", "related", "more on this story",
            "more on this", "related stories", "related coverage", "related content", "read next");

    private static final Set<String> RECOMMENDATION_HEADERS = Set.of(
            "articles you may like", "you may also like", "you might also like", "recommended",
            "recommended for you", "more stories", "most read", "most popular", "trending",
            "trending now", "popular now", "related articles", "more news", "top stories",
            "editors picks", "dont miss", "more from", "latest news", "read more stories");

    /** Section names outlets print above a headline ("World", "Middle East", "Syrian War News"). */
    private static final Set<String> SECTIONS = Set.of(
            "world", "news", "politics", "business", "middle east", "europe", "asia", "africa",
            "americas", "us", "uk", "opinion", "analysis", "sport", "sports", "technology", "tech",
            "science", "health", "entertainment", "culture", "live", "breaking", "latest", "home",
            "national", "international", "local", "economy", "markets", "climate", "environment",
            "lifestyle", "travel", "video", "videos", "features", "explainer", "investigations");

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");
    private static final Pattern IMAGE_LABEL = Pattern.compile("(?i)(image|photo|picture|pic|photograph|video)\\s*:?");
    /**
     * "... Pic: Reuters", and the bracketed forms captions take on many sites: "(Image: GETTY )",
     * "(AP Photo/Jane Doe)" (a slash only in brackets: "a photo/video of the attack" is reporting),
     * "(Image: © NASA/ESA)"; also a credit run into the caption's last word
     * ("...a rabbitCredit: Getty"), as pasting a caption and its credit line together gives.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i).*(?:\\b|(?<=\\p{Ll})(?=(?-i:[PC])))(pic|pics|photo|photos|picture|image|credit|photograph)\\s*:\\s*©?\\s*"
            + "[\\p{L}][\\p{L} /&.,'’-]{1,60}\\)?\\s*$"
            + "|(?i).*\\([^()]*\\b(photo|photos|pic|image)\\s*/\\s*[\\p{L}][\\p{L} /&.,'’-]{1,60}\\)\\s*$");
    private static final int MAX_CAPTION_WORDS = 40;

    private FurnitureRules() {
    }

    static Optional<Match> match(String text) {
        String key = TextShape.comparisonKey(text);
        if (LINES.contains(key)) {
            return Optional.of(Match.LINE);
        }
        if (LINK_LIST_HEADERS.contains(key)) {
            return Optional.of(Match.LINK_LIST_HEADER);
        }
        if (RECOMMENDATION_HEADERS.contains(key) || isMoreFrom(key)) {
            return Optional.of(Match.RECOMMENDATIONS_HEADER);
        }
        String trimmed = text.strip();
        if (TIMESTAMP.matcher(trimmed).matches()) {
            return Optional.of(Match.VIDEO_TIMESTAMP);
        }
        if (IMAGE_LABEL.matcher(trimmed).matches()) {
            return Optional.of(Match.IMAGE_LABEL);
        }
        if (TextShape.wordCount(trimmed) <= MAX_CAPTION_WORDS && CREDIT.matcher(trimmed).matches()) {
            return Optional.of(Match.IMAGE_CREDIT);
        }
        return Optional.empty();
    }

    /** "More from World", "More from Middle East": a section's list of other stories. */
    private static boolean isMoreFrom(String key) {
        return key.startsWith("more from ") && key.split(" ").length <= 5;
    }

    /** A short line naming a section of the outlet's site, printed above or below the headline. */
    static boolean isSectionLabel(String text) {
        if (BlockShape.endsLikeSentence(text) || TextShape.wordCount(text) > 3) {
            return false;
        }
        String key = TextShape.comparisonKey(text);
        return SECTIONS.contains(key) || (key.endsWith(" news") && SECTIONS.contains(key.substring(0, key.length() - 5)));
    }
}
