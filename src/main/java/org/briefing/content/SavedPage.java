package org.briefing.content;

import java.util.List;
import java.util.Objects;

/**
 * A saved web page as read: the facts its markup states and the article found in it, as sanitized
 * blocks in page order.
 */
public record SavedPage(PageFacts facts, List<Block> body) {

    public SavedPage {
        Objects.requireNonNull(facts, "facts");
        body = List.copyOf(body);
    }
}
