package org.briefing.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.content.Block;

/**
 * Removes page furniture from an article's blocks: notices, "read more" link lists, lists of
 * unrelated headlines, video players and image credits. A list of headlines is only removed when
 * it is plainly a list: in the same group as its header, or running to the end of the article.
 */
final class FurnitureStripper {

    /** Captions under a video are short labels, not sentences. */
    private static final int MAX_VIDEO_CAPTION_WORDS = 14;

    record Result(List<Block> kept, List<Removal> removed) {
    }

    Result strip(List<Block> blocks) {
        List<Block> kept = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            Optional<FurnitureRules.Match> match = FurnitureRules.match(block.text());
            if (match.isEmpty()) {
                kept.add(block);
                i++;
                continue;
            }
            int end = switch (match.get()) {
                case LINE -> i + 1;
                case LINK_LIST_HEADER -> endOfLinkList(blocks, i);
                case RECOMMENDATIONS_HEADER -> endOfRecommendations(blocks, i);
                case VIDEO_TIMESTAMP -> i + 1 + (isVideoCaption(blocks, i + 1) ? 1 : 0);
                case IMAGE_LABEL -> i + 1 + (isImageCaption(blocks, i + 1) ? 1 : 0);
                case IMAGE_CREDIT -> i + 1;
            };
            RemovalReason reason = switch (match.get()) {
                case LINE -> block.text().toLowerCase(java.util.Locale.ROOT).contains("video")
                        ? RemovalReason.VIDEO_PLAYER : RemovalReason.PAGE_FURNITURE;
                case LINK_LIST_HEADER -> RemovalReason.LINK_LIST;
                case RECOMMENDATIONS_HEADER -> end > i + 1 ? RemovalReason.UNRELATED_HEADLINES : RemovalReason.PAGE_FURNITURE;
                case VIDEO_TIMESTAMP -> RemovalReason.VIDEO_PLAYER;
                case IMAGE_LABEL, IMAGE_CREDIT -> RemovalReason.IMAGE_CAPTION;
            };
            for (int j = i; j < end; j++) {
                removed.add(new Removal(reason, blocks.get(j).text(), blocks.get(j).line()));
            }
            i = end;
        }
        return new Result(kept, removed);
    }

    /**
     * "Read more:" lists the headlines it links right under it, without a blank line; when the
     * header stands alone, the next group counts only if every line of it is a headline.
     */
    private static int endOfLinkList(List<Block> blocks, int header) {
        int end = header + 1;
        while (end < blocks.size() && blocks.get(end).group() == blocks.get(header).group()
                && BlockShape.isHeadlineLike(blocks.get(end))) {
            end++;
        }
        if (end == header + 1 && end < blocks.size()) {
            int group = blocks.get(end).group();
            int groupEnd = end;
            while (groupEnd < blocks.size() && blocks.get(groupEnd).group() == group) {
                if (!BlockShape.isHeadlineLike(blocks.get(groupEnd))) {
                    return end;
                }
                groupEnd++;
            }
            return groupEnd;
        }
        return end;
    }

    /**
     * Headlines after "Articles You May Like" are removed when they share the header's group or
     * run to the end of the article (or into more furniture); otherwise only the header goes,
     * because a short line after it might be a subheading of the report.
     */
    private static int endOfRecommendations(List<Block> blocks, int header) {
        int end = header + 1;
        boolean sameGroup = true;
        while (end < blocks.size() && BlockShape.isHeadlineLike(blocks.get(end))
                && FurnitureRules.match(blocks.get(end).text()).isEmpty()) {
            sameGroup &= blocks.get(end).group() == blocks.get(header).group();
            end++;
        }
        boolean reachesEnd = end == blocks.size() || FurnitureRules.match(blocks.get(end).text()).isPresent();
        return sameGroup || reachesEnd ? end : header + 1;
    }

    private static boolean isVideoCaption(List<Block> blocks, int index) {
        return index < blocks.size()
                && BlockShape.isHeadlineLike(blocks.get(index))
                && blocks.get(index).wordCount() <= MAX_VIDEO_CAPTION_WORDS
                && FurnitureRules.match(blocks.get(index).text()).isEmpty();
    }

    private static boolean isImageCaption(List<Block> blocks, int index) {
        if (index >= blocks.size()) {
            return false;
        }
        Optional<FurnitureRules.Match> match = FurnitureRules.match(blocks.get(index).text());
        return match.isPresent() && match.get() == FurnitureRules.Match.IMAGE_CREDIT;
    }
}
