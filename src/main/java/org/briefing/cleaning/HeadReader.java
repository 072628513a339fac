package org.briefing.cleaning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;
import org.briefing.content.TextShape;

/**
 * Reads the head of an article, the few lines above the reporting: section labels (removed), the
 * headline (when no front matter gives one), a repeat of the headline (removed), a line with the
 * publication date and a standalone dateline (both taken into the article's facts). Stops at the
 * first block of reporting, so nothing below the head is ever touched.
 */
final class HeadReader {

    /** A head is a handful of lines; looking further would risk reading reporting as a label. */
    private static final int MAX_HEAD_BLOCKS = 8;
    private static final int MAX_TITLE_WORDS = 25;
    /** "Headline | Site or Section Name": the part after the bar is the site's, not the headline's. */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.{10,}?)\\s+\\|\\s+([^|]{2,60})$");

    record Head(
            Optional<String> title,
            boolean titleInferred,
            Optional<LocalDate> date,
            Optional<String> dateline,
            List<Block> body,
            List<Removal> removed) {
    }

    /**
     * @param declaredTitle the title front matter gives, if any; then no title is inferred, but a
     *                      repeat of it is still removed
     * @param inferDate     whether to take a date line into the facts (only when none is declared)
     */
    Head read(List<Block> blocks, Optional<String> declaredTitle, boolean inferDate) {
        Optional<String> title = declaredTitle;
        boolean titleInferred = false;
        Optional<LocalDate> date = Optional.empty();
        Optional<String> dateline = Optional.empty();
        List<Removal> removed = new ArrayList<>();
        int i = 0;
        for (; i < blocks.size() && i < MAX_HEAD_BLOCKS; i++) {
            Block block = blocks.get(i);
            String text = block.text();
            if (FurnitureRules.isSectionLabel(text)) {
                removed.add(new Removal(RemovalReason.SECTION_LABEL, text, block.line()));
            } else if (title.isPresent() && sameText(text, title.get())) {
                removed.add(new Removal(RemovalReason.REPEATED_TITLE, text, block.line()));
            } else if (inferDate && date.isEmpty() && PublishedDates.parse(text).isPresent()) {
                date = PublishedDates.parse(text);
            } else if (dateline.isEmpty() && DatelinePlaces.standalone(text).isPresent()) {
                dateline = DatelinePlaces.standalone(text);
            } else if (title.isEmpty() && isTitleLike(block)) {
                Matcher suffix = TITLE_SUFFIX.matcher(text);
                if (suffix.matches() && TextShape.wordCount(suffix.group(2)) <= 5) {
                    title = Optional.of(suffix.group(1).strip());
                    removed.add(new Removal(RemovalReason.TITLE_SUFFIX, suffix.group(2).strip(), block.line()));
                } else {
                    title = Optional.of(text);
                }
                titleInferred = true;
            } else {
                break;
            }
        }
        List<Block> body = List.copyOf(blocks.subList(i, blocks.size()));
        if (dateline.isEmpty() && !body.isEmpty()) {
            dateline = DatelinePlaces.opening(body.get(0).text());
        }
        return new Head(title, titleInferred, date, dateline, body, removed);
    }

    /**
     * A headline is a short line that does not end like a sentence and is neither a date nor a
     * dateline-led paragraph; in Markdown, a heading.
     */
    private static boolean isTitleLike(Block block) {
        if (block.kind() == BlockKind.HEADING) {
            return true;
        }
        String text = block.text().strip();
        int words = block.wordCount();
        return block.kind() == BlockKind.PARAGRAPH
                && words >= 2 && words <= MAX_TITLE_WORDS
                && !text.endsWith(".") && !text.endsWith(":")
                && DatelinePlaces.opening(text).isEmpty();
    }

    private static boolean sameText(String a, String b) {
        return TextShape.comparisonKey(a).equals(TextShape.comparisonKey(b));
    }
}
