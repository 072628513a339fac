package org.briefing.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefing.analysis.stories.Reports.report;
import static org.briefing.analysis.stories.Reports.withKey;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryIdsTest {

    @Test
    void makesTheIdFromTheFirstDateAndTheFoundingHeadline() {
        List<StoryId> ids = StoryIds.assign(List.of(List.of(
                report("b", "B", "2024-12-02", null, "Untitled report's opening words go on and on."),
                report("a", "A", "2024-12-03", "Syria, Russia step up strikes amid anti-regime forces advance", "Text."))));
        assertThat(ids).extracting(StoryId::value).containsExactly("2024-12-02-syria-russia-step-up-strikes-amid-anti-regime");
    }

    @Test
    void usesTheSlugOfAnExplicitKey() {
        List<StoryId> ids = StoryIds.assign(List.of(List.of(withKey(report("a", "A", "2024-12-02", "T", "Text."), "Aleppo Offensive 2024"))));
        assertThat(ids).extracting(StoryId::value).containsExactly("aleppo-offensive-2024");
    }

    @Test
    void resolvesCollisionsByTheFoundingReportNotByCount() {
        List<StoryId> ids = StoryIds.assign(List.of(
                List.of(report("late", "A", "2024-12-02", "Talks resume", "Text.")),
                List.of(report("early", "B", "2024-12-02", "Talks resume", "Text."))));
        assertThat(ids.get(1).value()).isEqualTo("2024-12-02-talks-resume");
        assertThat(ids.get(0).value()).matches("2024-12-02-talks-resume-[0-9a-f]{6}");
        List<StoryId> again = StoryIds.assign(List.of(
                List.of(report("late", "A", "2024-12-02", "Talks resume", "Text.")),
                List.of(report("early", "B", "2024-12-02", "Talks resume", "Text.")),
                List.of(report("later", "C", "2024-12-02", "Talks resume", "Text."))));
        assertThat(again.subList(0, 2)).isEqualTo(ids);
    }
}
