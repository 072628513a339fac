package org.briefing.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.TestPaths;
import org.briefing.config.BuildPaths;
import org.briefing.config.SiteConfig;
import org.briefing.content.Article;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;
import org.briefing.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleRegionTest {

    private static final String PROSE = "Rebels entered the northern city on Friday, residents and a war monitor said, in the "
            + "largest advance by opposition forces in years.";

    private static List<Block> lines(List<String> texts) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            blocks.add(new Block(BlockKind.PARAGRAPH, texts.get(i), "<p>x</p>", i + 1, i));
        }
        return blocks;
    }

    @Test
    void cutsAWholePagePasteDownToTheArticleBelowItsHeadline() {
        List<String> page = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            page.add("Menu item " + i);
        }
        page.add("Rebels enter Aleppo");
        page.add(PROSE);
        page.add("What happened next");
        page.add(PROSE);
        page.add(PROSE);
        for (int i = 0; i < 25; i++) {
            page.add("Another headline about another story number " + i);
        }
        page.add("Copyright Example News. All rights reserved, and this footer notice is long enough to read as prose.");
        ArticleRegion.Result result = new ArticleRegion().keepArticle(lines(page), Optional.of("Rebels enter Aleppo"));
        assertThat(result.kept()).extracting(Block::text).containsExactly(PROSE, "What happened next", PROSE, PROSE);
        assertThat(result.removed()).hasSize(page.size() - 4).allMatch(r -> r.reason() == RemovalReason.OUTSIDE_ARTICLE);
    }

    private static final String OTHER_PROSE = "Shoppers queued outside department stores overnight hoping for discounted "
            + "televisions, laptops and headphones before the holiday season.";

    /** Twenty-odd words of prose about the rebels, differently worded each time, so the article builds a vocabulary. */
    private static String rebelProse(int i) {
        return "Rebels holding position " + i + " near Aleppo said fighters, residents and monitors reported shelling, "
                + "checkpoints and convoys moving toward the northern districts.";
    }

    @Test
    void endsTheArticleBeforeDatedTeasersOfOtherReportsThatShareNoneOfItsWords() {
        List<String> page = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            page.add("Menu item " + i);
        }
        page.add("Rebels enter Aleppo");
        for (int i = 0; i < 16; i++) {
            page.add(rebelProse(i));
        }
        for (String tag : List.of("Opinion", "Media", "Royals", "World", "Politics", "More from Example News")) {
            page.add(tag);
        }
        for (int teaser = 0; teaser < 6; teaser++) {
            page.add("Opinion");
            page.add("Share your thoughts");
            page.add("Holiday deals roundup number " + teaser);
            page.add("Jane Writer");
            page.add("Tuesday November 19, 2019");
            page.add(OTHER_PROSE);
            page.add(OTHER_PROSE);
        }
        ArticleRegion.Result result = new ArticleRegion().keepArticle(lines(page), Optional.of("Rebels enter Aleppo"));
        assertThat(result.kept()).extracting(Block::text).hasSize(16).doesNotContain(OTHER_PROSE);
    }

    /** A box of dated links inside the report is followed by more of the report, not by more dated teasers. */
    @Test
    void goesOnPastABoxOfDatedLinksInsideTheReport() {
        List<String> page = new ArrayList<>(menuThenHeadline(rebelReport(16)));
        for (int i = 0; i < 5; i++) {
            page.add("Holiday deals roundup number " + i);
            page.add("Tuesday November 19, 2019");
        }
        for (int i = 0; i < 6; i++) {
            page.add(OTHER_PROSE);
        }
        page.addAll(menu(25));
        assertThat(keptOf(page)).hasSize(32).endsWith(OTHER_PROSE);
    }

    /**
     * A blog's next paragraphs after a list of bullet points shared under 20 % of their words with
     * the article so far on a development page (aeb-c582d3b77257), which the gap alone would have
     * cut; without dated teasers after the gap, the article goes on.
     */
    @Test
    void goesOnPastAGapWhenWhatFollowsIsNoListOfDatedTeasers() {
        List<String> page = new ArrayList<>(menuThenHeadline(rebelReport(16)));
        // Twelve labels cost 60, past the gap that doubts a run; the prose after them shares none of the report's words.
        page.addAll(menu(12));
        for (int i = 0; i < 5; i++) {
            page.add(OTHER_PROSE);
        }
        page.addAll(menu(25));
        List<String> kept = keptOf(page);
        assertThat(kept).hasSize(33).contains(OTHER_PROSE);
    }

    @Test
    void keepsARunOfShortLinesBetweenTwoRunsOfTheSameReport() {
        List<String> page = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            page.add("Menu item " + i);
        }
        page.add("Rebels enter Aleppo");
        for (int i = 0; i < 16; i++) {
            page.add(rebelProse(i));
        }
        List<String> list = List.of("Fighters near Aleppo checkpoints", "Convoys toward northern districts",
                "Residents report shelling", "Monitors count rebels", "Position holding near Aleppo",
                "Northern districts under shelling", "Checkpoints and convoys", "Rebels holding position");
        page.addAll(list);
        for (int i = 16; i < 20; i++) {
            page.add(rebelProse(i));
        }
        for (int i = 0; i < 25; i++) {
            page.add("Another headline about another story number " + i);
        }
        ArticleRegion.Result result = new ArticleRegion().keepArticle(lines(page), Optional.of("Rebels enter Aleppo"));
        assertThat(result.kept()).extracting(Block::text).hasSize(28).containsAll(list).contains(rebelProse(19));
    }

    private static List<String> menu(int lines) {
        List<String> menu = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            menu.add("Menu item " + i);
        }
        return menu;
    }

    /** {@code paragraphs} sentences of the Aleppo report, one a line. */
    private static List<String> rebelReport(int paragraphs) {
        List<String> report = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            report.add(rebelProse(i));
        }
        return report;
    }

    /** A page opening on a menu of 30 lines and the headline, then the report. */
    private static List<String> menuThenHeadline(List<String> report) {
        List<String> page = new ArrayList<>(menu(30));
        page.add("Rebels enter Aleppo");
        page.addAll(report);
        return page;
    }

    private static List<String> keptOf(List<String> page) {
        return keptOf(page, Optional.of("Rebels enter Aleppo"));
    }

    /** The texts of the lines kept as the article, for a page whose title is {@code title}. */
    private static List<String> keptOf(List<String> page, Optional<String> title) {
        return new ArticleRegion().keepArticle(lines(page), title).kept().stream().map(Block::text).toList();
    }

    /** A footer's teasers after its copyright line cost too little to end the article as a gap. */
    @Test
    void endsTheArticleAtTheFootersCopyrightLine() {
        List<String> report = rebelReport(8);
        List<String> page = menuThenHeadline(report);
        page.add("© 2019 Example News. All rights reserved.");
        page.add("Holiday deals roundup");
        page.add(OTHER_PROSE);
        page.addAll(menu(25));
        assertThat(keptOf(page)).containsExactlyElementsOf(report);
    }

    /** A comments button between two paragraphs (as on aeb-f5c90a6d5253) is no header; one before the widget's labels is. */
    @Test
    void takesABareCommentsLabelForTheHeaderOnlyWhenNoParagraphFollowsIt() {
        List<String> report = rebelReport(8);
        List<String> inside = new ArrayList<>(menuThenHeadline(report));
        inside.add("Comments");
        for (int i = 0; i < 3; i++) {
            inside.add(OTHER_PROSE);
        }
        inside.addAll(menu(25));
        assertThat(keptOf(inside)).hasSize(12).endsWith(OTHER_PROSE);

        List<String> below = new ArrayList<>(menuThenHeadline(report));
        below.add("Comments");
        below.add("Sort by newest");
        for (int i = 0; i < 3; i++) {
            below.add(OTHER_PROSE);
        }
        below.addAll(menu(25));
        assertThat(keptOf(below)).containsExactlyElementsOf(report);
    }

    @Test
    void endsTheArticleAtTheHeaderOfReadersComments() {
        List<String> report = rebelReport(8);
        List<String> page = menuThenHeadline(report);
        page.add("3 thoughts on “Rebels enter Aleppo”");
        page.add("Jane");
        page.add("November 29, 2024 at 3:17 pm");
        page.add("Wonderful piece, thank you so much for writing it, I shared it with my whole family this morning.");
        page.add("Tom");
        page.add("November 29, 2024 at 4:02 pm");
        page.add("Brilliant writing as always, looking forward to your next newsletter and the podcast episode.");
        page.addAll(menu(25));
        assertThat(keptOf(page)).containsExactlyElementsOf(report);
    }

    /**
     * Inside a report, the word alone ("sued for copyright infringement") and a picture's credit
     * with its year are no footer, even when the next paragraphs share few of the report's words
     * (a fifth of the time, on the development pages' articles).
     */
    @ParameterizedTest
    @ValueSource(strings = {"The band sued for copyright infringement.", "Photo: © 2019 Jane Doe/Example News"})
    void goesOnPastACopyrightMentionThatIsNoFooter(String line) {
        List<String> page = new ArrayList<>(menuThenHeadline(rebelReport(8)));
        page.add(line);
        for (int i = 0; i < 3; i++) {
            page.add(OTHER_PROSE);
        }
        page.addAll(menu(25));
        assertThat(keptOf(page)).hasSize(12).contains(line, OTHER_PROSE);
    }

    @Test
    void goesOnPastACopyrightLineThatTheReportGoesOnAfter() {
        List<String> page = new ArrayList<>(menu(30));
        page.add("Rebels enter Aleppo");
        for (int i = 0; i < 8; i++) {
            page.add(rebelProse(i));
        }
        page.add("Copyright of the footage");
        for (int i = 8; i < 12; i++) {
            page.add(rebelProse(i));
        }
        page.addAll(menu(25));
        assertThat(keptOf(page)).hasSize(13).contains("Copyright of the footage", rebelProse(11));
    }

    /** An interview's quick answers use words the report had not used, but under its own "Q:" and "A:". */
    @Test
    void keepsAnInterviewsQuickAnswersUnderItsLabels() {
        List<String> page = new ArrayList<>(menu(30));
        page.add("Rebels enter Aleppo");
        for (int i = 0; i < 16; i++) {
            page.add((i % 2 == 0 ? "Q: " : "A: ") + rebelProse(i));
        }
        List<String> quick = List.of("Q: Favourite dish", "A: Grandmother's lentil soup with lemon", "Q: Favourite singer",
                "A: Fairuz, always Fairuz", "Q: Favourite football club", "A: Barcelona since childhood", "Q: Morning routine",
                "A: Strong coffee then running");
        page.addAll(quick);
        List<String> answers = List.of("A: " + OTHER_PROSE,
                "A: Summers were spent swimming off the coast near Latakia with cousins, uncles and a very patient grandmother.",
                "A: Reading novels by Naguib Mahfouz, cooking elaborate dinners for friends, and walking through old markets.",
                "A: Honestly, teaching my daughter chess on long winter evenings, although she now beats me almost every game.");
        page.addAll(answers);
        page.addAll(menu(25));
        assertThat(keptOf(page)).hasSize(28).containsAll(quick).containsAll(answers);
    }

    /** A list of short lines costing more than the prose before it gave split the report in two. */
    @Test
    void joinsALaterRunOfTheSameReportAcrossAList() {
        List<String> page = new ArrayList<>(menu(30));
        page.add("Rebels enter Aleppo");
        for (int i = 0; i < 3; i++) {
            page.add(rebelProse(i));
        }
        List<String> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            list.add("Checkpoint number " + i + " on the northern road");
        }
        page.addAll(list);
        for (int i = 3; i < 6; i++) {
            page.add(rebelProse(i));
        }
        page.addAll(menu(25));
        assertThat(keptOf(page)).hasSize(16).containsAll(list).contains(rebelProse(5));
    }

    /** Without a headline to start from, the best run is the later one; the lead above a gallery is the same report. */
    @Test
    void joinsAnEarlierRunOfTheSameReportAcrossAGallery() {
        List<String> page = new ArrayList<>(menu(30));
        page.add(rebelProse(0));
        page.add(rebelProse(1));
        List<String> gallery = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            gallery.add("Photo " + i + " of 12 from the northern road");
        }
        page.addAll(gallery);
        for (int i = 2; i < 8; i++) {
            page.add(rebelProse(i));
        }
        page.addAll(menu(25));
        List<String> kept = keptOf(page, Optional.empty());
        assertThat(kept).hasSize(20).startsWith(rebelProse(0)).containsAll(gallery).endsWith(rebelProse(7));
    }

    /**
     * A box of links inside a short report parts it in two runs whose paragraphs share few words
     * (four of the second paragraph's thirteen here); across a box that costs little, that is enough.
     */
    @Test
    void joinsTheRestOfAShortReportAcrossABoxOfLinks() {
        String lead = "Rebels entered the northern city of Aleppo on Friday, residents and a war monitor said, "
                + "in the largest advance by opposition forces in years.";
        String rest = "Hospitals in the northern districts reported dozens wounded overnight as residents fled toward Aleppo's "
                + "western suburbs, rebels said.";
        List<String> page = new ArrayList<>(menu(30));
        page.add("Rebels enter Aleppo");
        page.add(lead);
        List<String> box = List.of("Related", "Ceasefire talks resume in Geneva", "Oil prices climb again",
                "Election results in full", "Weather warning for the coast", "Markets close higher");
        page.addAll(box);
        page.add(rest);
        page.addAll(menu(25));
        assertThat(ReportWords.share(ReportWords.of(rest), ReportWords.of(lead + " Rebels enter Aleppo"))).isBetween(0.2, 0.4);
        assertThat(keptOf(page)).containsExactly(lead, box.get(0), box.get(1), box.get(2), box.get(3), box.get(4), box.get(5), rest);
    }

    /** The page's title adds the site's name, which the headline line above the article does not show. */
    @Test
    void looksBelowAHeadlineShownWithoutTheSitesName() {
        List<String> page = new ArrayList<>(menu(30));
        page.add("Ceasefire talks resume in Geneva");
        page.add(OTHER_PROSE);
        page.add(OTHER_PROSE.replace("Shoppers", "Buyers"));
        page.add("Rebels enter Aleppo");
        page.addAll(rebelReport(2));
        page.addAll(menu(25));
        List<String> kept = keptOf(page, Optional.of("Rebels enter Aleppo | Example News"));
        assertThat(kept).containsExactlyElementsOf(rebelReport(2));
    }

    /**
     * With no line showing the headline, a footer's long notice outscored a two-paragraph report
     * (aeb-e372e42c0a3d of the development pages, read without its headline line); the report
     * names what the title names, the notice does not.
     */
    @Test
    void takesTheRunThatNamesTheTitlesWordsWhenNoLineShowsTheHeadline() {
        String notice = "The Example News customer service centre can be contacted with any questions or requests by telephone, "
                + "by electronic mail or through the contact form, and our staff will answer within two working days of the request. "
                + "Subscribers may also manage their delivery preferences, payment details and newsletters from the account page, "
                + "where every invoice of the last three years can be downloaded.";
        List<String> page = new ArrayList<>(menu(30));
        page.addAll(rebelReport(2));
        page.addAll(menu(20));
        page.add(notice);
        page.addAll(menu(5));
        List<String> kept = keptOf(page, Optional.of("Aleppo shelling: rebels hold northern districts"));
        assertThat(kept).containsExactlyElementsOf(rebelReport(2));
    }

    /** Pages carry the article again in their metadata; a paste shows it as one long line below the footer. */
    @Test
    void doesNotTakeTheArticleRepeatedOnOneLineForMoreProse() {
        List<String> page = new ArrayList<>(menu(30));
        page.add("Rebels enter Aleppo");
        List<String> report = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            report.add(rebelProse(i));
        }
        page.addAll(report);
        page.addAll(menu(8));
        page.add(String.join(" ", report));
        page.addAll(menu(5));
        assertThat(keptOf(page)).containsExactlyElementsOf(report);
    }

    @Test
    void weighsALongAddressAsALabelNotAsProse() {
        List<Block> blocks = lines(List.of("https://static.example.com/images/2019/11/rebels-enter-aleppo-northern-city-friday"
                + "-residents-war-monitor-largest-advance-opposition-forces-years-500-250.png", PROSE));
        long[] weights = LineWeights.of(blocks);
        assertThat(weights[0]).isNegative();
        assertThat(weights[1]).isPositive();
    }

    @Test
    void leavesAnArticlePastedOnItsOwnAlone() {
        List<String> article = List.of("Rebels enter Aleppo", "World", PROSE, "Read more:", "Who are the rebels?", PROSE, PROSE);
        ArticleRegion.Result result = new ArticleRegion().keepArticle(lines(article), Optional.empty());
        assertThat(result.removed()).isEmpty();
        assertThat(result.kept()).hasSize(article.size());
    }

    @Test
    void removesNothingFromTheSeeds() {
        Path content = TestPaths.seedContent();
        BuildPaths paths = new BuildPaths(content, TestPaths.templates(), content.resolveSibling("site"));
        for (CleanArticle seed : new Cleaner().cleanAll(new ContentLoader(SiteConfig.defaults()).loadArticles(paths).articles())) {
            assertThat(seed.removed()).as(seed.file()).noneMatch(r -> r.reason() == RemovalReason.OUTSIDE_ARTICLE);
        }
    }

    /** Every basil-dev report, pasted as text, is an article on its own: nothing of it may go. */
    @Test
    void removesNothingFromCorpusReportsPastedAsText() {
        Optional<Path> corpus = TestPaths.sharedCorpus("basil-dev");
        assumeTrue(corpus.isPresent(), "../shared/corpora/basil-dev is not beside this clone");
        BuildPaths paths = new BuildPaths(corpus.get(), TestPaths.templates(), corpus.get().resolveSibling("unused-site"));
        for (Article article : new ContentLoader(SiteConfig.defaults()).loadArticles(paths).articles()) {
            ArticleRegion.Result result = new ArticleRegion().keepArticle(article.blocks(), article.declared().title());
            assertThat(result.removed()).as(article.file()).isEmpty();
        }
    }
}
