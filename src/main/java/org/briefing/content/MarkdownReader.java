package org.briefing.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefing.config.MarkdownExtension;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;

/**
 * Converts a Markdown body into blocks: one per top-level node, each rendered once and sanitized.
 * The parser and renderer are built once per build from the site's extension list and are safe to
 * share between threads.
 */
final class MarkdownReader {

    private final Parser parser;
    private final Parser parserWithoutAutolinks;
    private final BlockHtmlRenderer renderer;
    private final HtmlSanitizer sanitizer;

    MarkdownReader(Set<MarkdownExtension> enabled, HtmlSanitizer sanitizer) {
        List<Extension> extensions = new ArrayList<>();
        for (MarkdownExtension extension : MarkdownExtension.values()) {
            if (enabled.contains(extension)) {
                extensions.add(switch (extension) {
                    case TABLES -> TablesExtension.create();
                    case AUTOLINK -> AutolinkExtension.create();
                    case TYPOGRAPHIC -> TypographicExtension.create();
                });
            }
        }
        this.parser = parser(extensions);
        // Autolinking scans every text of a body for addresses, a fifth of reading one; a body
        // with nothing an address could start from is parsed without it, to the same document.
        this.parserWithoutAutolinks = enabled.contains(MarkdownExtension.AUTOLINK)
                ? parser(extensions.stream().filter(extension -> !(extension instanceof AutolinkExtension)).toList())
                : parser;
        this.renderer = new BlockHtmlRenderer(HtmlRenderer.builder(options(extensions)));
        this.sanitizer = sanitizer;
    }

    private static MutableDataSet options(List<Extension> extensions) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        // Without its table of line starts, flexmark finds a block's line by counting lines from the
        // top of the file: 10,000 reference links took a minute (issue 10, item 10).
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        // Two of flexmark's parsers are quadratic on long paragraphs; each is replaced by one that is
        // not (see their classes). flexmark adds its reference-definition reader only beside its own
        // inline parser, so it is named here.
        options.set(Parser.HEADING_PARSER, false);
        return options;
    }

    private static Parser parser(List<Extension> extensions) {
        return Parser.builder(options(extensions))
                .customBlockParserFactory(new LinearHeadingFactory())
                .customInlineParserFactory(LinearInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
    }

    /**
     * Whether an autolink could start in the text: flexmark's autolinker finds addresses with a
     * scheme ({@code ://}), ones starting {@code www.} and e-mail addresses ({@code @}).
     */
    static boolean mayHoldAutolink(String markdown) {
        if (markdown.indexOf("://") >= 0 || markdown.indexOf('@') >= 0) {
            return true;
        }
        for (int at = markdown.indexOf('.'); at >= 0; at = markdown.indexOf('.', at + 1)) {
            if (at >= 3 && markdown.regionMatches(true, at - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The blocks of a body, and the lines of blocks from which unsafe HTML was removed.
     *
     * @param sanitizedLines 1-based file lines, in order
     */
    record Read(List<Block> blocks, List<Integer> sanitizedLines) {

        /** A warning for each block from which unsafe HTML was removed, so the editor is told. */
        List<Problem> removedHtmlWarnings(String file) {
            return sanitizedLines.stream().map(line -> Problem.warning(file, line, "has HTML that is never published; it was removed.",
                    "Scripts, styles, frames, forms, images, event handlers and links that are not "
                            + "http(s) or mailto addresses are left out of pages.")).toList();
        }
    }

    /**
     * @param firstLine the 1-based line of the file where the body starts, so block lines point
     *                  into the file rather than into the body
     * @param file      the file to name in problems
     * @throws ProblemsFound when the body nests deeper than {@link MarkdownDepth} allows
     */
    Read read(String markdown, int firstLine, String file) {
        MarkdownDepth.checkLines(markdown, firstLine, file);
        Document document = (mayHoldAutolink(markdown) ? parser : parserWithoutAutolinks).parse(markdown);
        MarkdownDepth.checkTree(document, firstLine, file);
        List<Block> blocks = new ArrayList<>();
        List<Integer> sanitizedLines = new ArrayList<>();
        List<String> rendered = renderer.render(document);
        int group = 0;
        int index = 0;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext(), index++) {
            int line = firstLine + node.getStartLineNumber();
            HtmlSanitizer.Sanitized sanitized = sanitizer.sanitize(rendered.get(index));
            if (sanitized.changed()) {
                sanitizedLines.add(line);
            }
            String html = sanitized.html();
            String text = sanitized.text();
            if (!text.isEmpty()) {
                blocks.add(new Block(kindOf(node), text, html, line, group++));
            }
        }
        return new Read(blocks, sanitizedLines);
    }

    private static BlockKind kindOf(Node node) {
        if (node instanceof Paragraph) {
            return BlockKind.PARAGRAPH;
        }
        if (node instanceof Heading) {
            return BlockKind.HEADING;
        }
        if (node instanceof BlockQuote) {
            return BlockKind.QUOTE;
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            return BlockKind.LIST;
        }
        if (node instanceof TableBlock) {
            return BlockKind.TABLE;
        }
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            return BlockKind.CODE;
        }
        return BlockKind.OTHER;
    }
}
