package org.briefing.analysis.comparison;

import java.util.Objects;
import java.util.Optional;
import org.briefing.analysis.entities.EntityId;
import org.briefing.content.ArticleId;

/**
 * A direct quote in one report.
 *
 * @param text    the quoted words, without the quotation marks
 * @param speaker the actor the report says spoke them; empty when the report names no one it
 *                recognises ("a rebel commander told AFP")
 * @param block   index of the block of the cleaned body that holds the quote
 */
public record Quote(ArticleId article, String text, Optional<EntityId> speaker, int block) {

    public Quote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
    }
}
