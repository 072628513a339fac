package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityKind;
import org.briefing.analysis.entities.Mention;
import org.briefing.analysis.stories.Reports;
import org.briefing.cleaning.CleanArticle;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 4: on basil-dev (US politics) no compare page had a Wording section, because the
 * descriptors were only the vocabulary of war.
 */
class TermFinderTest {

    private static final Entity GRIMM = new Entity(new EntityId("michael-grimm"), "Michael Grimm", EntityKind.PERSON,
            List.of(), "", Optional.empty(), List.of(), Optional.empty());

    private static List<Term> termsOf(String... paragraphs) {
        CleanArticle report = Reports.report("a", "A", "2014-04-25", "Grimm indicted", paragraphs);
        List<Mention> mentions = List.of(new Mention(GRIMM.id(), "Michael Grimm", 0));
        return new TermFinder().find(List.of(report), Map.of(report.id(), new ArticleEntities(report.id(), mentions, List.of())),
                Map.of(GRIMM.id(), GRIMM));
    }

    @Test
    void readsARoleWordAsThePersonNamedJustBefore() {
        List<Term> terms = termsOf("Prosecutors charged Michael Grimm on Friday. The congressman denied any wrongdoing.");
        assertThat(terms).singleElement().satisfies(term -> {
            assertThat(term.term()).isEqualTo("the congressman");
            assertThat(term.side()).isEqualTo(Term.Side.PERSON);
            assertThat(term.refersTo()).contains(GRIMM.id());
        });
    }

    @Test
    void leavesOfficesThatStandForWhoeverHoldsThemAlone() {
        assertThat(termsOf("Michael Grimm met the president and the judge on Friday.")).isEmpty();
    }

    @Test
    void findsWordsThatTakeASideOnPeople() {
        assertThat(termsOf("The bill covers undocumented immigrants; critics call them illegal immigrants."))
                .extracting(Term::term, Term::side)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("undocumented immigrants", Term.Side.IMMIGRANTS),
                        org.assertj.core.groups.Tuple.tuple("illegal immigrants", Term.Side.IMMIGRANTS));
    }

    @Test
    void leavesQuotedWordsToTheSpeaker() {
        assertThat(termsOf("Michael Grimm said: “The billionaire is wrong.”")).isEmpty();
    }
}
