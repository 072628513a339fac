package org.briefing.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.analysis.stories.Reports.report;
import static org.briefing.analysis.stories.Reports.withKey;

import java.util.List;
import org.briefing.cleaning.CleanArticle;
import org.briefing.published.PublishedSite;
import org.briefing.published.PublishedSite.PublishedRedirect;
import org.briefing.published.PublishedSite.PublishedStory;
import org.junit.jupiter.api.Test;

class StoryIdsTest {

    @Test
    void makesTheIdFromTheFirstDateAndTheStorysHeadline() {
        // basil-dev: "Hillary Clinton Releases Tax Returns" was filed under `…clean-bill-of-health`,
        // the founding report's headline rather than the story's (issue 13)
        List<List<CleanArticle>> groups = List.of(List.of(
                report("b", "B", "2024-12-02", "Clinton gets a clean bill of health", "Text."),
                report("a", "A", "2024-12-03", "Hillary Clinton releases tax returns", "Text.")));
        List<StoryId> ids = StoryIds.assign(groups, List.of("Hillary Clinton releases tax returns"), PublishedSite.NONE);
        assertThat(ids).extracting(StoryId::value).containsExactly("2024-12-02-hillary-clinton-releases-tax-returns");
    }

    @Test
    void joinsTheLettersOfAnAcronym() {
        List<StoryId> ids = StoryIds.assign(List.of(List.of(report("a", "A", "2010-07-13", "N.A.A.C.P. Challenges Tea Party", "Text."))),
                List.of("N.A.A.C.P. Challenges Tea Party on Racism, U.S. Says"), PublishedSite.NONE);
        assertThat(ids).extracting(StoryId::value).containsExactly("2010-07-13-naacp-challenges-tea-party-on-racism-us-says");
    }

    @Test
    void usesTheSlugOfAnExplicitKey() {
        List<StoryId> ids = StoryIds.assign(List.of(List.of(withKey(report("a", "A", "2024-12-02", "T", "Text."), "Aleppo Offensive 2024"))),
                List.of("T"), PublishedSite.NONE);
        assertThat(ids).extracting(StoryId::value).containsExactly("aleppo-offensive-2024");
    }

    @Test
    void resolvesCollisionsByTheFirstReportNotByCount() {
        List<StoryId> ids = StoryIds.assign(List.of(
                List.of(report("late", "A", "2024-12-02", "Talks resume", "Text.")),
                List.of(report("early", "B", "2024-12-02", "Talks resume", "Text."))), List.of("Talks resume", "Talks resume"), PublishedSite.NONE);
        assertThat(ids.get(0).value()).isEqualTo("2024-12-02-talks-resume");
        assertThat(ids.get(1).value()).matches("2024-12-02-talks-resume-[0-9a-f]{6}");
        List<StoryId> again = StoryIds.assign(List.of(
                List.of(report("late", "A", "2024-12-02", "Talks resume", "Text.")),
                List.of(report("early", "B", "2024-12-02", "Talks resume", "Text.")),
                List.of(report("later", "C", "2024-12-02", "Talks resume", "Text."))), List.of("Talks resume", "Talks resume", "Talks resume"),
                PublishedSite.NONE);
        assertThat(again.subList(0, 2)).isEqualTo(ids);
    }

    @Test
    void keepsThePublishedIdWhenAnEarlierReportJoinsAndTheHeadlineChanges() {
        PublishedSite published = site(story("2024-12-03-rebels-enter-aleppo", "a", "b"));
        List<StoryId> ids = StoryIds.assign(List.of(List.of(
                        report("early", "C", "2024-12-01", "Offensive on Aleppo begins", "Text."),
                        report("a", "A", "2024-12-03", "Rebels enter Aleppo", "Text."),
                        report("b", "B", "2024-12-03", "Rebels enter Aleppo", "Text."))),
                List.of("Offensive on Aleppo begins"), published);
        assertThat(ids).extracting(StoryId::value).containsExactly("2024-12-03-rebels-enter-aleppo");
    }

    @Test
    void aMergedStoryKeepsTheIdOfThePartWithMostReports() {
        PublishedSite published = site(story("small", "a"), story("large", "b", "c"));
        List<StoryId> ids = StoryIds.assign(List.of(List.of(
                        report("a", "A", "2024-12-01", "One", "Text."),
                        report("b", "B", "2024-12-02", "Two", "Text."),
                        report("c", "C", "2024-12-02", "Two", "Text."))),
                List.of("Two"), published);
        assertThat(ids).extracting(StoryId::value).containsExactly("large");
    }

    @Test
    void aSplitStoryLeavesItsIdWithThePartHoldingMostOfItsReports() {
        PublishedSite published = site(story("whole", "a", "b", "c"));
        List<StoryId> ids = StoryIds.assign(List.of(
                        List.of(report("a", "A", "2024-12-01", "Split off", "Text.")),
                        List.of(report("b", "B", "2024-12-02", "The rest", "Text."), report("c", "C", "2024-12-02", "The rest", "Text."))),
                List.of("Split off", "The rest"), published);
        assertThat(ids).extracting(StoryId::value).containsExactly("2024-12-01-split-off", "whole");
    }

    @Test
    void aNewStoryNeverTakesAnAddressThePreviousSitePublished() {
        // the published story's reports are gone, and a redirect holds another old address
        PublishedSite published = new PublishedSite(List.of(), List.of(story("2024-12-01-talks-resume", "gone")), List.of(),
                List.of(new PublishedRedirect("stories/2024-12-02-talks-fail/", "stories/x/")));
        List<StoryId> ids = StoryIds.assign(List.of(
                        List.of(report("new", "A", "2024-12-01", "Talks resume", "Text.")),
                        List.of(report("other", "B", "2024-12-02", "Talks fail", "Text."))),
                List.of("Talks resume", "Talks fail"), published);
        assertThat(ids.get(0).value()).matches("2024-12-01-talks-resume-[0-9a-f]{6}");
        assertThat(ids.get(1).value()).matches("2024-12-02-talks-fail-[0-9a-f]{6}");
    }

    @Test
    void anExplicitKeyWinsOverThePublishedId() {
        PublishedSite published = site(story("2024-12-02-t", "a"));
        List<StoryId> ids = StoryIds.assign(List.of(List.of(withKey(report("a", "A", "2024-12-02", "T", "Text."), "aleppo"))),
                List.of("T"), published);
        assertThat(ids).extracting(StoryId::value).containsExactly("aleppo");
    }

    private static PublishedStory story(String id, String... articles) {
        return new PublishedStory(id, "stories/" + id + "/", id, List.of(articles), List.of(), null);
    }

    private static PublishedSite site(PublishedStory... stories) {
        return new PublishedSite(List.of(), List.of(stories), List.of(), List.of());
    }
}
