package org.briefing.content;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;

/**
 * The nesting a Markdown body may have, checked before flexmark parses it and before it renders
 * it. flexmark and Java's regular expressions recurse once per level, so 1,000 {@code >} quote
 * levels, a list nested 1,000 deep or {@code *} ×5,000 overflowed the stack and printed a JVM trace
 * with no file (issue 10, item 6). Articles never need more than a few levels; past the limits the
 * file is refused with the line where the nesting goes too deep.
 */
final class MarkdownDepth {

    /** Quotes, lists, emphasis and links inside one another: nodes from the document down. */
    static final int MAX_DEPTH = 50;

    /**
     * A line of one of {@code * - _} (spaces between allowed) is tried as a thematic break by a
     * pattern that recurses per character: about 4,000 overflow a thread's stack.
     */
    static final int MAX_MARKER_RUN = 256;

    private MarkdownDepth() {
    }

    /** Before parsing: refuses a line holding a run of break characters longer than the limit. */
    static void checkLines(String markdown, int firstLine, String file) {
        int line = firstLine;
        int run = 0;
        char runOf = 0;
        for (int at = 0; at < markdown.length(); at++) {
            char c = markdown.charAt(at);
            if (c == '\n') {
                line++;
                run = 0;
            } else if (c == '*' || c == '-' || c == '_') {
                run = c == runOf ? run + 1 : 1;
                runOf = c;
                if (run > MAX_MARKER_RUN) {
                    throw ProblemsFound.of(Problem.error(file, line,
                            "has more than " + MAX_MARKER_RUN + " `" + c + "` in a row, which Markdown cannot read safely.",
                            "Shorten the run; a separator line needs only `---`."));
                }
            } else if (c != ' ' && c != '\t') {
                run = 0;
            }
        }
    }

    /** After parsing, before rendering: refuses a tree deeper than {@link #MAX_DEPTH}, naming the line. */
    static void checkTree(Document document, int firstLine, String file) {
        // iterative on purpose: the point is not to recurse as deep as the tree
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                throw ProblemsFound.of(Problem.error(file, firstLine + node.getStartLineNumber(),
                        "nests quotes, lists, emphasis or links more than " + MAX_DEPTH + " levels deep.",
                        "Flatten the nesting; articles never need more than a few levels."));
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
    }
}
