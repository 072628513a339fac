package org.briefing.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.analysis.stories.Reports.report;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactFinderTest {

    private final FactFinder finder = new FactFinder();

    private List<Fact> factsOf(org.briefing.cleaning.CleanArticle... reports) {
        return finder.find(ReportText.read(List.of(reports)));
    }

    @Test
    void groupsAParaphraseCarriedByTwoReports() {
        List<Fact> facts = factsOf(
                report("a", "Outlet A", "2024-12-02", "Talks", "Opposition leader Hadi al-Bahri said: \u201cWe are ready to negotiate from tomorrow.\u201d"),
                report("b", "Outlet B", "2024-12-02", "Talks", "Opposition leader Hadi al-Bahri stated: \u201cWe are ready to negotiate starting tomorrow.\u201d"));
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).reports()).extracting(id -> id.value()).containsExactly("a", "b");
        assertThat(facts.get(0).text()).contains("from tomorrow");
    }

    @Test
    void keepsUnrelatedSentencesApart() {
        List<Fact> facts = factsOf(
                report("a", "Outlet A", "2024-12-02", "Raids", "Air raids on Idlib province killed eleven civilians on Monday."),
                report("b", "Outlet B", "2024-12-02", "Talks", "The foreign ministers met in Ankara to discuss trade and tariffs."));
        assertThat(facts).isEmpty();
    }

    @Test
    void ranksFactsByHowManyReportsCarryThem() {
        String shared = "Air raids on Idlib province killed eleven civilians including five children on Monday.";
        String pair = "The Kremlin said it would continue to support the government in Damascus.";
        List<Fact> facts = factsOf(
                report("a", "A", "2024-12-02", "T", pair, shared),
                report("b", "B", "2024-12-02", "T", pair, shared),
                report("c", "C", "2024-12-02", "T", "Something else entirely happened in the capital today.", shared));
        assertThat(facts).extracting(Fact::text).containsExactly(shared, pair);
        assertThat(facts.get(0).reports()).hasSize(3);
    }

    @Test
    void takesAtMostOneSentencePerReportIntoAFact() {
        String sentence = "Air raids on Idlib province killed eleven civilians including five children on Monday.";
        List<Fact> facts = factsOf(
                report("a", "A", "2024-12-02", "T", sentence, sentence),
                report("b", "B", "2024-12-02", "T", sentence));
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).reports()).extracting(id -> id.value()).containsExactly("a", "b");
    }
}
