package org.briefing.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockTest {

    @Test
    void givesBackTheHtmlOfAPlainParagraphItDidNotKeep() {
        String text = "Rebels & \"allies\" took <Aleppo>\u00a0on Saturday’s dawn.";
        String html = "<p>Rebels &amp; \"allies\" took &lt;Aleppo&gt;&nbsp;on Saturday’s dawn.</p>";

        Block block = new Block(BlockKind.PARAGRAPH, text, html, 3, 0);

        assertThat(block.html()).isEqualTo(html);
        assertThat(block).isEqualTo(new Block(BlockKind.PARAGRAPH, text, html, 3, 0));
    }

    @Test
    void keepsHtmlThatIsMoreThanItsText() {
        String html = "<p>Rebels took <a href=\"https://example.org/\">Aleppo</a>.</p>";
        Block linked = new Block(BlockKind.PARAGRAPH, "Rebels took Aleppo.", html, 1, 0);
        Block heading = new Block(BlockKind.HEADING, "Aleppo", "<h2>Aleppo</h2>", 1, 0);

        assertThat(linked.html()).isEqualTo(html);
        assertThat(heading.html()).isEqualTo("<h2>Aleppo</h2>");
        assertThat(linked).isNotEqualTo(new Block(BlockKind.PARAGRAPH, "Rebels took Aleppo.", "<p>Rebels took Aleppo.</p>", 1, 0));
    }
}
