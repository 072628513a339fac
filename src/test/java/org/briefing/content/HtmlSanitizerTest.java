package org.briefing.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefing.config.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Raw HTML inside Markdown never reaches a page as markup that runs: whatever the trick, the
 * sanitized blocks hold no active elements, no event handlers, no styles and no link to anything
 * but a web or mail address, and the harmless words around the trick stay.
 */
class HtmlSanitizerTest {

    private static final String ACTIVE = "script, style, iframe, frame, frameset, object, embed, applet, svg, math, img, "
            + "video, audio, source, form, input, button, textarea, select, base, link, meta";

    private final MarkdownReader reader = new MarkdownReader(SiteConfig.defaults().markdownExtensions(), new HtmlSanitizer());

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("script block", "Before.\n\n<script>alert('x')</script>\n\nAfter.", "Before. After."),
                Arguments.of("inline script", "Inline <script>alert('x')</script> words.", "Inline words."),
                Arguments.of("image with onerror", "An <img src=x onerror=\"alert('x')\"> image.", "An image."),
                Arguments.of("javascript link", "<a href=\"javascript:alert('x')\">link</a> text.", "link text."),
                Arguments.of("mixed-case javascript link", "<a href=\"JaVaScRiPt:alert(1)\">link</a> text.", "link text."),
                Arguments.of("javascript split by a tab entity", "<a href=\"java&#x09;script:alert(1)\">link</a> text.", "link text."),
                Arguments.of("markdown javascript link", "[link](javascript:alert('x')) text.", "link text."),
                Arguments.of("markdown reference to javascript", "[link][r] text.\n\n[r]: javascript:alert(1)", "link text."),
                Arguments.of("vbscript link", "<a href=\"vbscript:msgbox(1)\">link</a> text.", "link text."),
                Arguments.of("relative link", "<a href=\"../../etc/passwd\">link</a> text.", "link text."),
                Arguments.of("iframe", "Before.\n\n<iframe src=\"https://evil.example/\"></iframe>\n\nAfter.", "Before. After."),
                Arguments.of("style element", "Before.\n\n<style>body{display:none}</style>\n\nAfter.", "Before. After."),
                Arguments.of("style attribute", "<div style=\"background:url(javascript:alert(1))\">styled</div>", "styled"),
                Arguments.of("inline onclick", "<p onclick=\"alert('x')\">Clickable.</p>", "Clickable."),
                Arguments.of("data url link", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">data</a> text.", "data text."),
                Arguments.of("data url image", "![picture](data:image/png;base64,AAAA) text.", "text."),
                Arguments.of("svg with script", "Before <svg><script>alert(1)</script><circle onload=\"alert(2)\"/></svg> after.",
                        "Before after."),
                Arguments.of("object, embed and form", "<object data=\"x.swf\"></object><embed src=\"x.swf\">"
                        + "<form action=\"https://evil.example/\"><input name=a><button>Send</button></form> words.", "Send words."),
                Arguments.of("details ontoggle", "<details open ontoggle=\"alert(1)\">details</details>", "details"),
                Arguments.of("mutation through math and style",
                        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math> end.",
                        "end."),
                Arguments.of("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"> words.", "words."),
                Arguments.of("base href", "<base href=\"https://evil.example/\"> words.", "words."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void leavesNothingActive(String attack, String markdown, String visibleText) {
        String html = reader.read(markdown, 1, "a.md").blocks().stream().map(Block::html).collect(Collectors.joining("\n"));
        Element body = Jsoup.parseBodyFragment(html).body();

        assertThat(body.select(ACTIVE)).as("active elements in %s", html).isEmpty();
        for (Element element : body.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in %s", html).doesNotStartWith("on").isNotIn("style", "srcdoc", "formaction");
                if (name.equals("href") || name.equals("src")) {
                    assertThat(attribute.getValue()).as("address in %s", html).matches("(?i)(https?|mailto):.*");
                }
            }
        }
        assertThat(TextShape.collapseWhitespace(body.text())).isEqualTo(visibleText);
    }

    // A paragraph of text alone skips cleaning; anything with a tag in it, or more than one block,
    // must not.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <p>Words &amp; more words, &quot;quoted&quot;.</p>\\n | true
            <p>Written &lt;script&gt; as text.</p>\\n             | true
            <p>A <em>stressed</em> word.</p>\\n                   | false
            <p>One.</p>\\n<p>Two.</p>\\n                         | false
            <p>No line end.</p>                                   | false
            <h2>A heading</h2>\\n                                 | false
            """)
    void takesOnlyAParagraphOfTextForPlain(String html, boolean plain) {
        assertThat(HtmlSanitizer.isPlainParagraph(html.replace("\\n", "\n"))).isEqualTo(plain);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Written <script> as text&nbsp;here. | Written <script> as text here.
            Tom &amp; Jerry  said it.           | Tom & Jerry said it.
            """)
    void readsAPlainParagraphsEntitiesAsItsText(String markdown, String text) {
        var blocks = reader.read(markdown.replace("<script>", "\\<script\\>"), 1, "a.md");
        assertThat(blocks.sanitizedLines()).isEmpty();
        assertThat(blocks.blocks()).singleElement().satisfies(block -> assertThat(block.text()).isEqualTo(text));
    }
}
