package org.briefing.content;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with its two pattern matches made linear in the paragraph's length.
 *
 * <p>flexmark 0.64 calls {@link Matcher#toMatchResult()} after every match, and the JDK's
 * implementation copies the whole input into a new string to do so. Inline parsing matches once
 * per entity, inline tag, link destination and reference, so a paragraph of {@code &amp;} ×100,000
 * or 50,000 nested {@code <span>} copied hundreds of gigabytes and held a CPU for minutes (issue
 * 10, item 10). Here the match's bounds are read from the matcher itself; the results are the same.
 *
 * <p>Its link destinations may hold parentheses nested without limit, so after each of 30,000
 * {@code [a](} it scanned to the end of the line. As in CommonMark's reference parsers, parentheses
 * nested more than {@value #MAX_PARENTHESES_DEPTH} deep make no link destination: the text stays text.
 */
final class LinearInlineParser extends InlineParserImpl {

    static final int MAX_PARENTHESES_DEPTH = 32;

    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern pattern) {
        Matcher matcher = matchHere(pattern);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern pattern) {
        Matcher matcher = matchHere(pattern);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int group = 0; group < groups.length; group++) {
            // start(group) is -1 for a group that took no part in the match, as group(group) is null
            groups[group] = matcher.start(group) < 0 ? null : input.subSequence(matcher.start(group), matcher.end(group));
        }
        return groups;
    }

    @Override
    public BasedSequence parseLinkDestination() {
        if (parenthesesNestTooDeepFrom(index)) {
            // empty, and the index unmoved: the caller finds no `)` next and reads the brackets as text
            return input.subSequence(index, index);
        }
        return super.parseLinkDestination();
    }

    /**
     * Whether the destination starting at {@code from} nests parentheses too deeply before it ends
     * (at white space, or at a {@code )} that closes nothing). The scan stops at the limit, so
     * it is short however long the line.
     */
    private boolean parenthesesNestTooDeepFrom(int from) {
        int depth = 0;
        for (int at = from; at < input.length(); at++) {
            char c = input.charAt(at);
            if (c <= ' ') {
                return false;
            }
            if (c == '\\') {
                at++;
            } else if (c == '(' && ++depth > MAX_PARENTHESES_DEPTH) {
                return true;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return false;
    }

    /** The matcher after a match found from {@code index} on, with {@code index} moved past it; null when none. */
    private Matcher matchHere(Pattern pattern) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = pattern.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
