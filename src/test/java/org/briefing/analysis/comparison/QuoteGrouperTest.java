package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.briefing.analysis.entities.EntityId;
import org.briefing.content.ArticleId;
import org.junit.jupiter.api.Test;

class QuoteGrouperTest {

    private static final ArticleId A = new ArticleId("a");
    private static final ArticleId B = new ArticleId("b");
    private static final ArticleId C = new ArticleId("c");
    private static final Optional<EntityId> SMITH = Optional.of(new EntityId("jane-smith"));
    private static final Optional<EntityId> JONES = Optional.of(new EntityId("tom-jones"));

    private static Quote quote(ArticleId article, String text, Optional<EntityId> speaker) {
        return new Quote(article, text, speaker, Optional.empty(), 0);
    }

    @Test
    void takesAnUnbrokenPartOfTheWordsAsVerbatim() {
        List<SharedQuote> statements = new QuoteGrouper().group(List.of(A, B), List.of(
                quote(A, "We will rebuild the bridge before winter, whatever it costs.", SMITH),
                quote(B, "rebuild the bridge before winter", SMITH)));
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).carriers()).extracting(SharedQuote.Carrier::fidelity)
                .containsExactly(Fidelity.VERBATIM, Fidelity.VERBATIM);
    }

    @Test
    void takesTheMajorityWordingAsTheReferenceWhateverComesFirst() {
        List<SharedQuote> statements = new QuoteGrouper().group(List.of(A, B, C), List.of(
                quote(A, "We shall rebuild the bridge before the winter comes.", SMITH),
                quote(B, "We will rebuild the bridge before winter comes.", SMITH),
                quote(C, "“We will rebuild the bridge before winter comes”", SMITH)));
        SharedQuote statement = statements.get(0);
        assertThat(statement.text()).isEqualTo("We will rebuild the bridge before winter comes.");
        assertThat(statement.carriers()).extracting(SharedQuote.Carrier::fidelity)
                .containsExactly(Fidelity.ALTERED, Fidelity.VERBATIM, Fidelity.VERBATIM);
    }

    @Test
    void keepsApartSimilarWordsOfDifferentSpeakers() {
        List<SharedQuote> statements = new QuoteGrouper().group(List.of(A, B), List.of(
                quote(A, "We will rebuild the bridge before winter.", SMITH),
                quote(B, "We will rebuild the bridge before winter.", JONES)));
        assertThat(statements).hasSize(2);
    }

    @Test
    void keepsApartUnrelatedQuotesOfOneSpeaker() {
        List<SharedQuote> statements = new QuoteGrouper().group(List.of(A, B), List.of(
                quote(A, "We will rebuild the bridge before winter.", SMITH),
                quote(B, "The council has failed the town and must resign.", SMITH)));
        assertThat(statements).hasSize(2).allSatisfy(s -> assertThat(s.carriers()).hasSize(1));
    }
}
