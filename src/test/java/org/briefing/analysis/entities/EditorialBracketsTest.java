package org.briefing.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.analysis.stories.Reports;
import org.junit.jupiter.api.Test;

/** basil-dev: "[W]e write to inform you" made an actor "George W" with the alias "W". */
class EditorialBracketsTest {

    @Test
    void findsNoNameInABracketedCapital() {
        List<NameSpan> spans = new NameSpanFinder().find("The senators wrote: \"[W]e write to inform you.\" [T]hey said no.", 0);
        assertThat(spans).extracting(NameSpan::text).doesNotContain("W", "T");
    }

    @Test
    void doesNotTakeAnEditorsBracketedCapitalForAName() {
        var report = Reports.report("a", "Example News", "2010-12-01", "Senate letter",
                "Former President George W. Bush signed the tax cuts in 2001.",
                "The senators wrote: \"[W]e write to inform you that we will not agree to invoke cloture.\"",
                "Mr. Bush did not comment.");
        RecognizedEntities found = new EntityRecognizer(List.of()).recognize(List.of(report));
        assertThat(found.entities()).extracting(Entity::name).contains("George W. Bush").doesNotContain("George W", "W");
        assertThat(found.entities()).allSatisfy(e -> assertThat(e.aliases()).doesNotContain("W"));
    }
}
