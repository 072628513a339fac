package org.briefing.content;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * flexmark's heading parser, asked for the open paragraph's text only on a line that can underline
 * it ({@code ===} or {@code ---}).
 *
 * <p>flexmark 0.64's heading parser joins every line of the open paragraph into one sequence at
 * each new line, to see whether the line is a setext underline, so a paragraph of n lines cost n²:
 * 10,000 reference definitions, one a line, took over a minute (issue 10, item 10). The joined
 * text is used only when the line is such an underline, which ends the paragraph, so asking then
 * costs each line once. Headings are parsed exactly as flexmark parses them.
 */
final class LinearHeadingFactory implements CustomBlockParserFactory {

    /** Wider than flexmark's own rule, never narrower: a line of only `=` or only `-`. */
    private static final Pattern MAYBE_UNDERLINE = Pattern.compile("(?:=+|-+)[ \\t]*\\r?\\n?");

    private final HeadingParser.Factory headings = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory parser = headings.apply(options);
        return (state, matched) -> parser.tryStart(state, new ParagraphWhenUnderlined(matched, state));
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return headings.getLeadInHandler(options);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return headings.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return headings.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return headings.affectsGlobalScope();
    }

    /** The matched parser, whose paragraph text is joined only under a possible underline. */
    private record ParagraphWhenUnderlined(MatchedBlockParser matched, ParserState state) implements MatchedBlockParser {

        @Override
        public BasedSequence getParagraphContent() {
            BasedSequence line = state.getLine();
            BasedSequence rest = line.subSequence(Math.min(state.getNextNonSpaceIndex(), line.length()));
            return MAYBE_UNDERLINE.matcher(rest).matches() ? matched.getParagraphContent() : null;
        }

        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
