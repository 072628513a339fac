package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.SeedArchive;
import org.briefing.analysis.stories.Passage;
import org.briefing.analysis.stories.PassageAligner;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeedAlignmentTest {

    private static List<ArticleId> reports;
    private static List<Passage> passages;

    @BeforeAll
    static void align() {
        List<CleanArticle> articles = SeedArchive.cleanArticles();
        reports = articles.stream().map(CleanArticle::id).toList();
        passages = new PassageAligner().align(articles);
    }

    private static Passage passageWith(String words) {
        return passages.stream().filter(p -> p.sentences().stream().anyMatch(s -> s.text().contains(words)))
                .findFirst().orElseThrow();
    }

    private static List<String> carriers(Passage passage) {
        return passage.sentences().stream().map(s -> s.article().value().substring(0, 3)).toList();
    }

    @Test
    void alignsAssadsStatementAcrossTheFourReportsThatQuoteIt() {
        assertThat(carriers(passageWith("far-reaching goals"))).containsExactly("000", "001", "002", "003");
    }

    @Test
    void alignsParaphrases() {
        assertThat(carriers(passageWith("ready to negotiate"))).containsExactly("002", "003");
        assertThat(carriers(passageWith("stepped up airstrikes on the city of Idlib"))).containsExactly("002", "003");
        assertThat(carriers(passageWith("Air raids conducted jointly"))).containsExactly("000", "001");
    }

    @Test
    void leavesSentencesNoOtherReportCarriesAlone() {
        assertThat(carriers(passageWith("God willing"))).containsExactly("001");
        assertThat(carriers(passageWith("Most of those involved in the initial anti-Assad protests"))).containsExactly("001");
        assertThat(carriers(passageWith("at least 400 insurgents"))).containsExactly("004");
    }

    @Test
    void findsTheTwoNearIdenticalReportsAsTheClosestRewritePair() {
        List<Rewrite> pairs = new RewriteFinder().pairs(reports, passages);
        assertThat(pairs.get(0).first().value()).startsWith("002");
        assertThat(pairs.get(0).second().value()).startsWith("003");
        assertThat(pairs.get(0).similarity()).isGreaterThan(0.7);
        assertThat(pairs.subList(1, pairs.size())).allSatisfy(r -> assertThat(r.similarity()).isLessThan(RewriteFinder.REWRITE));
    }
}
