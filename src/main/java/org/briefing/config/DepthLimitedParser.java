package org.briefing.config;

import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A YAML event stream that refuses lists and mappings nested more than {@value #MAX_DEPTH} deep.
 * SnakeYAML's parser keeps its own stack, but its composer recurses once per level, so
 * {@code tags:} with 2,000 nested {@code [} overflowed the stack with no file named (issue 10,
 * item 6). Counting the events as they pass stops the composer before it goes deep.
 */
final class DepthLimitedParser implements Parser {

    /** Settings, front matter and registry entries need two or three levels. */
    static final int MAX_DEPTH = 20;

    private final Parser events;
    private final String file;
    private final int firstLine;
    private int depth;

    DepthLimitedParser(Parser events, String file, int firstLine) {
        this.events = events;
        this.file = file;
        this.firstLine = firstLine;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return events.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return events.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return events.hasNext();
    }

    @Override
    public Event next() {
        Event event = events.next();
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (++depth > MAX_DEPTH) {
                    int line = event.getStartMark().map(mark -> mark.getLine() + firstLine).orElse(firstLine);
                    throw ProblemsFound.of(Problem.error(file, line,
                            "nests lists or mappings more than " + MAX_DEPTH + " levels deep.",
                            "Write flat `key: value` lines, with lists such as `tags: [first, second]`."));
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            default -> {
            }
        }
        return event;
    }
}
