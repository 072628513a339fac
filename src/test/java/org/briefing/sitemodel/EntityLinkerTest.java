package org.briefing.sitemodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.Mention;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {

    private static final EntityId ALEPPO = new EntityId("aleppo");
    private static final EntityId ASSAD = new EntityId("bashar-al-assad");

    private static String link(List<String> htmls, Mention... mentions) {
        List<Block> body = htmls.stream()
                .map(html -> new Block(BlockKind.PARAGRAPH, html.replaceAll("<[^>]+>", ""), html, 1, 0))
                .toList();
        return new EntityLinker().link(body, List.of(mentions), id -> "/" + id + "/");
    }

    @Test
    void linksANameThatEndsTheText() {
        assertThat(link(List.of("<p>Rebels fled Aleppo</p>"), new Mention(ALEPPO, "Aleppo", 0)))
                .isEqualTo("<p>Rebels fled <a href=\"/aleppo/\" class=\"entity\">Aleppo</a></p>");
    }

    @Test
    void linksANameThatIsTheWholeText() {
        assertThat(link(List.of("<p><em>Aleppo</em></p>"), new Mention(ALEPPO, "Aleppo", 0)))
                .isEqualTo("<p><em><a href=\"/aleppo/\" class=\"entity\">Aleppo</a></em></p>");
    }

    @Test
    void linksANameThatStartsTheText() {
        assertThat(link(List.of("<p>Aleppo fell.</p>"), new Mention(ALEPPO, "Aleppo", 0)))
                .isEqualTo("<p><a href=\"/aleppo/\" class=\"entity\">Aleppo</a> fell.</p>");
    }

    @Test
    void linksEachEntityOnceAtItsFirstMention() {
        String html = link(List.of("<p>Aleppo and Aleppo.</p>", "<p>Aleppo again.</p>"),
                new Mention(ALEPPO, "Aleppo", 0), new Mention(ALEPPO, "Aleppo", 1));
        assertThat(html).containsOnlyOnce("href=\"/aleppo/\"")
                .startsWith("<p><a href=\"/aleppo/\" class=\"entity\">Aleppo</a> and Aleppo.</p>");
    }

    @Test
    void leavesExistingLinksAndPartsOfWordsAlone() {
        String html = link(List.of("<p><a href=\"https://example.org/\">Aleppo</a> Aleppoans in Aleppo.</p>"),
                new Mention(ALEPPO, "Aleppo", 0));
        assertThat(html).isEqualTo("<p><a href=\"https://example.org/\">Aleppo</a> Aleppoans in "
                + "<a href=\"/aleppo/\" class=\"entity\">Aleppo</a>.</p>");
    }

    @Test
    void prefersTheLongerSurfaceSoShortFormsDoNotSplitFullNames() {
        String html = link(List.of("<p>Bashar al-Assad spoke in Aleppo.</p>"),
                new Mention(ASSAD, "Assad", 0), new Mention(ASSAD, "Bashar al-Assad", 0), new Mention(ALEPPO, "Aleppo", 0));
        assertThat(html).contains("<a href=\"/bashar-al-assad/\" class=\"entity\">Bashar al-Assad</a>")
                .contains("<a href=\"/aleppo/\" class=\"entity\">Aleppo</a>.");
    }

    @Test
    void skipsASurfaceTheBlockDoesNotContain() {
        assertThat(link(List.of("<p>Nothing here.</p>"), new Mention(ALEPPO, "Aleppo", 0)))
                .isEqualTo("<p>Nothing here.</p>");
    }
}
