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
 * @param speakerName the speaker's name as the report writes it at the attribution, when it is
 *                no actor the archive recognises ("…," Viguerie said: "Richard Viguerie", in the
 *                fullest form the report gives); empty when {@code speaker} is given or no one is named
 * @param block   index of the block of the cleaned body that holds the quote
 */
public record Quote(ArticleId article, String text, Optional<EntityId> speaker, Optional<String> speakerName, int block) {

    public Quote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerName, "speakerName");
        if (speaker.isPresent() && speakerName.isPresent()) {
            throw new IllegalArgumentException("a quote's speaker is an actor or a name as written, not both");
        }
    }

    /** Whether the report names who spoke the quote, as a known actor or by a name as written. */
    public boolean hasSpeaker() {
        return speaker.isPresent() || speakerName.isPresent();
    }
}
