package org.briefing.analysis.comparison;

import java.util.Objects;
import java.util.Optional;
import org.briefing.analysis.entities.EntityId;
import org.briefing.content.ArticleId;

/**
 * A numeric claim in one report: "at least 400 insurgents", "some 200 Iraqi militiamen", "5.5 million".
 *
 * @param value        the number, with its scale applied (5.5 million is 5500000)
 * @param text         the words as written, qualifier and counted thing included
 * @param qualifier    "at least", "some", "about"…; empty when the figure is stated flat
 * @param counts       what it counts ("civilians", "Iraqi militiamen"); empty when the text does not say
 * @param attributedTo the actor the report gives as the figure's source
 * @param attribution  the words naming the source ("the Observatory", "Syria's military"), even when
 *                     they name no recognised actor; empty when the report gives none
 * @param block        index of the block of the cleaned body that holds it
 */
public record Figure(ArticleId article, double value, String text, Optional<String> qualifier, Optional<String> counts,
                     Optional<EntityId> attributedTo, Optional<String> attribution, int block) {

    public Figure {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(attributedTo, "attributedTo");
        Objects.requireNonNull(attribution, "attribution");
    }
}
