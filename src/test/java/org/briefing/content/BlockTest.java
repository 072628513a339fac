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

    /**
     * The Markdown renderer ends every block with a line end; a plain paragraph read from Markdown
     * must still be held as text alone (holding it twice was a fifth of a large build's heap).
     */
    @Test
    void holdsAPlainMarkdownParagraphAsTextAlone() {
        MarkdownReader reader = new MarkdownReader(org.briefing.config.SiteConfig.defaults().markdownExtensions(), new HtmlSanitizer());
        java.util.List<Block> blocks = reader.read("Rebels said \"we are ready\" & left.\n\nThey took [Aleppo](https://example.org/).\n", 1, "a.md").blocks();

        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).holdsHtml()).isFalse();
        assertThat(blocks.get(0).html()).isEqualTo("<p>Rebels said “we are ready” &amp; left.</p>\n");
        assertThat(blocks.get(1).holdsHtml()).isTrue();
        assertThat(new Block(BlockKind.PARAGRAPH, "a", "<p>a</p>\n", 1, 0))
                .isNotEqualTo(new Block(BlockKind.PARAGRAPH, "a", "<p>a</p>", 1, 0));
    }
}
