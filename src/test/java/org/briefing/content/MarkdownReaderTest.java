package org.briefing.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.briefing.config.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownReaderTest {

    private final MarkdownReader reader = new MarkdownReader(SiteConfig.defaults().markdownExtensions(), new HtmlSanitizer());

    private Block onlyBlock(String markdown) {
        List<Block> blocks = reader.read(markdown, 1, "a.md").blocks();
        assertThat(blocks).hasSize(1);
        return blocks.get(0);
    }

    // Each block used to be rendered on its own, and flexmark renders a lone block's links as
    // plain text: every [text](https://…) lost its address.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A [report](https://example.org/a) here.       | https://example.org/a
            See <https://example.org/b> for more.          | https://example.org/b
            See https://example.org/c for more.            | https://example.org/c
            A <a href="https://example.org/d">tag</a> too. | https://example.org/d
            """)
    void keepsLinksToWebAddresses(String markdown, String address) {
        assertThat(onlyBlock(markdown).html()).contains("<a href=\"" + address + "\">");
    }

    // A body with nothing an address could start from is parsed without the autolinker; every kind
    // of address it finds must still make a body take the parser that has it.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Read it at www.example.org today.              | http://www.example.org
            Write to desk@example.org with tips.           | mailto:desk@example.org
            Mirror at https://example.org/a only.          | https://example.org/a
            """)
    void linksEveryKindOfAddressTheAutolinkerFinds(String markdown, String address) {
        assertThat(MarkdownReader.mayHoldAutolink(markdown)).isTrue();
        assertThat(onlyBlock(markdown).html()).contains("href=\"" + address + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"He said: the www is down.", "Prices rose 3.5 % in www-land.", "No address here."})
    void aBodyWithNoAddressIsReadAsPlainText(String markdown) {
        assertThat(MarkdownReader.mayHoldAutolink(markdown)).isFalse();
        assertThat(onlyBlock(markdown).html()).doesNotContain("<a ");
    }

    @Test
    void resolvesReferenceLinksDefinedLaterInTheFile() {
        List<Block> blocks = reader.read("The [ministry][m] said.\n\n[m]: https://example.org/m\n", 1, "a.md").blocks();
        assertThat(blocks).singleElement().satisfies(block ->
                assertThat(block.html().strip()).isEqualTo("<p>The <a href=\"https://example.org/m\">ministry</a> said.</p>"));
    }

    @Test
    void numbersBlocksByTheirLineInTheFile() {
        List<Block> blocks = reader.read("First.\n\nSecond,\nstill second.\n\n## Third\n", 5, "a.md").blocks();
        assertThat(blocks).extracting(Block::line).containsExactly(5, 7, 10);
        assertThat(blocks).extracting(Block::text).containsExactly("First.", "Second, still second.", "Third");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Plain words.        | PARAGRAPH
            # A heading         | HEADING
            > A quote           | QUOTE
            - one item          | LIST
            1. first item       | LIST
            '    code line'     | CODE
            """)
    void tellsBlockKinds(String markdown, BlockKind kind) {
        assertThat(onlyBlock(markdown).kind()).isEqualTo(kind);
    }

    @Test
    void movesHeadingsDownOneLevelBecauseThePageTitleIsTheOnlyH1() {
        assertThat(onlyBlock("# Top").html().strip()).isEqualTo("<h2>Top</h2>");
    }

    @Test
    void dropsBlocksWithNoVisibleText() {
        assertThat(reader.read("<script>alert(1)</script>\n\n<!-- a comment -->\n\nText.\n", 1, "a.md").blocks())
                .extracting(Block::text).containsExactly("Text.");
    }

    @Test
    void reportsTheLinesWhereUnsafeHtmlWasRemoved() {
        MarkdownReader.Read read = reader.read("Safe.\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1)) and "
                + "<b onclick=\"x()\">bold</b>\n\n```java\ncode();\n```\n\n[good](https://example.org/)\n", 1, "a.md");
        assertThat(read.sanitizedLines()).containsExactly(3, 5);
        assertThat(read.blocks()).extracting(Block::text).contains("bad and bold");
        assertThat(read.blocks().get(1).html()).doesNotContain("<a");
    }

    /**
     * Issue 10, item 10: each of these held a CPU for 47 s to over 300 s, because flexmark copied
     * the rest of the paragraph into a new string at every entity, tag, link and reference. Twice
     * the sizes, so that the quadratic cost (four times the minutes) cannot pass;
     * CPU time of this thread, so that a busy machine does not fail it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"nested spans", "entities", "open links", "reference links"})
    void readsInputsThatWereQuadraticInLinearTime(String kind) {
        String markdown = switch (kind) {
            case "nested spans" -> "<span>".repeat(100_000) + "x" + "</span>".repeat(100_000) + "\n";
            case "entities" -> "&amp;".repeat(200_000) + "\n";
            case "open links" -> "[a](".repeat(60_000) + "\n";
            default -> IntStream.range(0, 20_000).mapToObj(i -> "[r" + i + "]").collect(Collectors.joining(" ")) + "\n\n"
                    + IntStream.range(0, 20_000).mapToObj(i -> "[r" + i + "]: https://example.org/" + i + "\n").collect(Collectors.joining());
        };
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();

        MarkdownReader.Read read = reader.read(markdown, 1, "a.md");

        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        assertThat(read.blocks()).isNotEmpty();
        assertThat(seconds).as("CPU seconds to read %s", kind).isLessThan(10);
    }
}
