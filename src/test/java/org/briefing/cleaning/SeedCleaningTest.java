package org.briefing.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefing.TestPaths;
import org.briefing.config.BuildPaths;
import org.briefing.config.SiteConfig;
import org.briefing.content.Block;
import org.briefing.content.ContentLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cleaning on the five seed articles: what goes, what stays, and what is inferred. */
class SeedCleaningTest {

    private static Map<String, CleanArticle> seeds;

    @BeforeAll
    static void cleanSeeds() {
        Path content = TestPaths.seedContent();
        BuildPaths paths = new BuildPaths(content, TestPaths.templates(), content.resolveSibling("site"));
        seeds = new Cleaner().cleanAll(new ContentLoader(SiteConfig.defaults()).loadArticles(paths).articles())
                .stream().collect(Collectors.toMap(a -> a.id().value().substring(0, 3), Function.identity()));
    }

    private static List<String> removedTexts(String seed) {
        return seeds.get(seed).removed().stream().map(Removal::text).toList();
    }

    private static String body(String seed) {
        return seeds.get(seed).body().stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    @Test
    void removesRepeatedTitleAndRepeatedQuoteFrom000() {
        CleanArticle article = seeds.get("000");
        assertThat(article.title()).contains("Syria, Russia step up strikes amid anti-regime forces advance");
        assertThat(article.removed()).extracting(Removal::reason)
                .containsExactly(RemovalReason.REPEATED_TITLE, RemovalReason.REPEATED_PARAGRAPH);
        assertThat(body("000")).containsOnlyOnce("The terrorist escalation reflects");
        assertThat(article.dateline()).contains("Damascus");
    }

    @Test
    void infersDateAndDatelineButNoTitleFor001() {
        CleanArticle article = seeds.get("001");
        assertThat(article.title()).isEmpty();
        assertThat(article.date()).map(d -> d.date()).contains(LocalDate.of(2024, 12, 2));
        assertThat(article.dateline()).contains("Beirut");
        assertThat(article.removed()).isEmpty();
        assertThat(article.missing()).containsExactly(MetaField.TITLE, MetaField.SOURCE, MetaField.URL, MetaField.AUTHOR);
    }

    @Test
    void removesSourceLinkRelatedArticlesAndBackToTopFrom002() {
        assertThat(removedTexts("002")).contains("Source link", "Related Articles", "Back to top button");
        assertThat(seeds.get("002").title()).contains(
                "The Syrian army, Russia increased airstrikes with the aim of reducing the progress of the opposition");
        assertThat(body("002")).doesNotContain("Source link", "Back to top", "Related Articles")
                .contains("that’s a different story,” he said.");
    }

    @Test
    void removesPlayerTimestampsCreditsAndUnrelatedHeadlinesFrom004() {
        List<String> removed = removedTexts("004");
        assertThat(removed).contains(
                "Please use Chrome browser for a more accessible video player",
                "0:59", "1:21", "Image:", "People walk past a damaged site in Aleppo. Pic: Reuters",
                "More from World", "Read more:", "Who are the Syrian rebels?",
                "Analysis: Why the significance of Syria’s rebel offensive is immense",
                "Articles You May Like",
                "Teachers told it is not ‘right time to strike’ as union to ballot members",
                "Tesla board members officially settle excessive compensation case for nearly $1 billion",
                "Trump inauguration 2.0: A guide to everything that will happen on 20 January",
                "Canada’s PM Justin Trudeau ‘likely’ to announce resignation, reports say",
                "Microsoft confirms performance-based job cuts across departments");
        assertThat(body("004")).doesNotContain("Chrome browser", "Pic:", "Tesla", "Trudeau", "Microsoft", "Read more");
    }

    @Test
    void keepsAllReportingOf004() {
        assertThat(body("004")).contains(
                "Syria’s military has said its joint airstrikes with Russia have killed at least 400 insurgents",
                "Mr Putin and Mr Pezeshkian expressed their “unconditional support”",
                "“A position will be formed regarding what is needed to stabilise the situation.”",
                "some 200 Iraqi militiamen riding on pickups crossed into Syria overnight",
                "They were expected to deploy in Aleppo",
                "at a time when US-backed Israel is fighting Hamas in Gaza and Hezbollah in Lebanon",
                "are preoccupied with their own conflicts.");
        assertThat(seeds.get("004").title()).contains("Syria says its strikes with Russia have killed at least 400 insurgents over past 24 hours");
    }

    @Test
    void keepsEveryParagraphOf001And003() {
        assertThat(seeds.get("001").body().size()).isEqualTo(17);
        assertThat(seeds.get("003").removed()).isEmpty();
        assertThat(seeds.get("003").body().size()).isEqualTo(25);
    }

    @Test
    void everyRemovalNamesItsLine() {
        seeds.values().forEach(article -> assertThat(article.removed()).allSatisfy(r -> assertThat(r.line()).isPositive()));
    }
}
