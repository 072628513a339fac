package org.briefing.analysis.comparison;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefing.analysis.entities.EntityId;
import org.briefing.content.ArticleId;

/**
 * One statement as the reports of a story quote it.
 *
 * @param text     the reference wording: the one most carriers use, or the earliest report's
 * @param speaker  the speaker most carriers name; empty when none names one
 * @param speakerName the name as written that most carriers give, when none names a known actor
 * @param carriers one per report that quotes it, in the story's order of reports
 */
public record SharedQuote(String text, Optional<EntityId> speaker, Optional<String> speakerName, List<Carrier> carriers) {

    /** One report's wording of the quote. */
    public record Carrier(ArticleId article, String text, Fidelity fidelity) {

        public Carrier {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(fidelity, "fidelity");
        }
    }

    public SharedQuote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerName, "speakerName");
        carriers = List.copyOf(carriers);
    }
}
