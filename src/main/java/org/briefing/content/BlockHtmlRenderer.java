package org.briefing.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders each top-level block of a parsed Markdown document to HTML of its own, in one pass.
 * Rendering each block as a document of its own set up flexmark's renderer, with every
 * extension's node renderers, once per block: a tenth of reading an article.
 */
final class BlockHtmlRenderer {

    /** Where the pass leaves each block's HTML, on the document it renders. */
    private static final NullableDataKey<List<String>> BLOCKS = new NullableDataKey<>("BRIEFING_BLOCK_HTML");

    private final HtmlRenderer renderer;

    BlockHtmlRenderer(HtmlRenderer.Builder builder) {
        this.renderer = builder.nodeRendererFactory(options -> new PerBlock()).build();
    }

    /** The HTML of each of the document's top-level nodes, in order; empty for one that renders nothing. */
    List<String> render(Document document) {
        List<String> blocks = new ArrayList<>();
        ((MutableDataHolder) document).set(BLOCKS, blocks);
        renderer.render(document);
        document.remove(BLOCKS);
        return blocks;
    }

    /** The document's renderer: each child into a writer of its own, as a document of it alone would be written. */
    private static final class PerBlock implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Document.class, (document, context, html) -> {
                List<String> blocks = BLOCKS.get(document);
                HtmlRendererOptions options = context.getHtmlOptions();
                for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
                    NodeRendererContext alone = context.getSubContext(false);
                    alone.render(child);
                    blocks.add(alone.getHtmlWriter().toString(options.maxBlankLines, options.maxTrailingBlankLines));
                }
            }));
        }
    }
}
