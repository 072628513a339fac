package org.briefing.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawTextReaderTest {

    private final RawTextReader reader = new RawTextReader();

    @Test
    void showsMarkupInPastedTextAsText() {
        Block block = reader.read("<script>alert(\"x\")</script> & <img src=x onerror=alert(1)>\n").get(0);
        assertThat(block.text()).isEqualTo("<script>alert(\"x\")</script> & <img src=x onerror=alert(1)>");
        assertThat(block.html()).isEqualTo(
                "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>");
    }

    @Test
    void makesOneBlockPerLineAndGroupsLinesWithoutBlankLinesBetween() {
        List<Block> blocks = reader.read("Headline\n\nFirst.\nSecond.\n\n\nThird.\n");
        assertThat(blocks).extracting(Block::text).containsExactly("Headline", "First.", "Second.", "Third.");
        assertThat(blocks).extracting(Block::line).containsExactly(1, 3, 4, 7);
        assertThat(blocks).extracting(Block::group).containsExactly(0, 1, 1, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"One.\r\nTwo.\r\n", "One.\rTwo.\r", "One.\nTwo.\n", "  One.  \n\u00A0Two.\u200B\n"})
    void readsEveryKindOfLineEndAndSpace(String text) {
        assertThat(reader.read(text)).extracting(Block::text).containsExactly("One.", "Two.");
    }
}
