package org.briefing.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A flat YAML mapping read with the line of every key, so a bad value can be reported where it
 * stands. Used for {@code site.yml}, front matter and sidecar files. Values are read as text:
 * YAML 1.2 would otherwise turn {@code date: 2024-01-15} into a string anyway and {@code no} into
 * a boolean in some dialects, and we want one predictable rule.
 */
public final class YamlDocument {

    /** One top-level key with its value node and 1-based line. */
    public record Field(String key, Node value, int line) {
    }

    private final String file;
    private final Map<String, Field> fields;
    private final int firstLine;

    private YamlDocument(String file, Map<String, Field> fields, int firstLine) {
        this.file = file;
        this.fields = fields;
        this.firstLine = firstLine;
    }

    /**
     * Parses {@code text} as one YAML mapping.
     *
     * @param file       the file name to put in problems
     * @param firstLine  the 1-based line of the file where {@code text} starts (front matter starts
     *                   after the opening {@code ---})
     * @throws ProblemsFound when the text is not YAML, not a mapping, repeats a key, or nests
     *                       more than {@link DepthLimitedParser#MAX_DEPTH} levels deep
     */
    public static YamlDocument parse(String text, String file, int firstLine) {
        Node root;
        try {
            // Repeated and non-word keys are let through here, to be reported below with their line.
            LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true)
                    .setAllowNonScalarKeys(true).build();
            Composer composer = new Composer(settings,
                    new DepthLimitedParser(new ParserImpl(settings, new StreamReader(settings, text)), file, firstLine));
            root = composer.getSingleNode().orElse(null);
        } catch (MarkedYamlEngineException e) {
            throw ProblemsFound.of(Problem.error(file, errorLine(e, text, firstLine),
                    "is not valid YAML: " + errorText(e) + ".",
                    "Check the quotes and the indentation; put a value with a colon in double quotes."));
        } catch (YamlEngineException e) {
            throw ProblemsFound.of(Problem.error(file, firstLine, "is not valid YAML: " + withoutFullStop(e.getMessage()) + ".", ""));
        }
        if (root == null || isNull(root)) {
            return new YamlDocument(file, Map.of(), firstLine);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw ProblemsFound.of(Problem.error(file, lineOf(root, firstLine),
                    "must hold `key: value` lines, but holds a " + describe(root) + ".",
                    "Write one setting per line, such as `title: My briefing`."));
        }
        return fromMapping(mapping, file, firstLine);
    }

    /**
     * The mapping under a top-level key, as a document of its own: for files such as
     * {@code sources.yml} whose top-level keys are names, each holding its own fields.
     *
     * @throws ProblemsFound when the value is not a mapping, or repeats a key
     */
    public YamlDocument mapping(Field field) {
        if (isNull(field.value())) {
            return new YamlDocument(file, Map.of(), firstLine);
        }
        if (!(field.value() instanceof MappingNode mapping)) {
            throw ProblemsFound.of(Problem.error(file, field.line(),
                    "`" + field.key() + "` must hold indented `key: value` lines, but is a " + describe(field.value()) + ".",
                    "Indent its fields under it, such as `  country: Qatar`."));
        }
        // nested lines count from the same first line as their parent's
        return fromMapping(mapping, file, firstLine);
    }

    private static YamlDocument fromMapping(MappingNode mapping, String file, int firstLine) {
        Map<String, Field> fields = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            int line = lineOf(tuple.getKeyNode(), firstLine);
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(Problem.error(file, line, "has a key that is not a plain word.", "Use keys such as `title`."));
                continue;
            }
            String key = keyNode.getValue();
            if (fields.containsKey(key)) {
                problems.add(Problem.error(file, line, "gives `" + key + "` twice (first on line " + fields.get(key).line() + ").",
                        "Keep one of them."));
                continue;
            }
            fields.put(key, new Field(key, tuple.getValueNode(), line));
        }
        ProblemsFound.throwIfErrors(problems);
        return new YamlDocument(file, fields, firstLine);
    }

    public String file() {
        return file;
    }

    public List<Field> fields() {
        return List.copyOf(fields.values());
    }

    /** Keys that are not in {@code known}, as problems with a did-you-mean hint. */
    public List<Field> unknownFields(Set<String> known) {
        return fields.values().stream().filter(field -> !known.contains(field.key())).toList();
    }

    public Optional<Field> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** The text of a scalar key; empty when the key is absent or null. */
    public Optional<String> text(String key) {
        Field field = fields.get(key);
        if (field == null || isNull(field.value())) {
            return Optional.empty();
        }
        if (!(field.value() instanceof ScalarNode scalar)) {
            throw ProblemsFound.of(Problem.error(file, field.line(),
                    "`" + key + "` must be a single value, but is a " + describe(field.value()) + ".",
                    "Write it as `" + key + ": value`."));
        }
        String value = scalar.getValue().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** A list of texts: a YAML sequence, or one scalar (split on commas when {@code splitCommas}). */
    public List<String> texts(String key, boolean splitCommas) {
        Field field = fields.get(key);
        if (field == null || isNull(field.value())) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (field.value() instanceof ScalarNode scalar) {
            for (String part : splitCommas ? scalar.getValue().split(",") : new String[] {scalar.getValue()}) {
                values.add(part);
            }
        } else if (field.value() instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalarItem)) {
                    throw ProblemsFound.of(Problem.error(file, lineOf(item, field.line()),
                            "`" + key + "` must be a list of words or names, but an item is a " + describe(item) + ".",
                            "Write it as `" + key + ": [first, second]`."));
                }
                values.add(scalarItem.getValue());
            }
        } else {
            throw ProblemsFound.of(Problem.error(file, field.line(),
                    "`" + key + "` must be a list, but is a " + describe(field.value()) + ".",
                    "Write it as `" + key + ": [first, second]`."));
        }
        Set<String> seen = new HashSet<>();
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).filter(seen::add).toList();
    }

    /** A yes/no value; {@code fallback} when absent. */
    public boolean flag(String key, boolean fallback) {
        Optional<String> value = text(key);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw ProblemsFound.of(Problem.error(file, fields.get(key).line(),
                    "`" + key + "` must be true or false, not `" + value.get() + "`.", ""));
        };
    }

    public int lineOf(String key) {
        Field field = fields.get(key);
        return field == null ? 0 : field.line();
    }

    /**
     * Where the user should look. Usually where the parser stopped; but when it stopped at the end
     * of the text (an unclosed quote or bracket), that is past the last line (in front matter, on
     * the closing fence), so the line where the unclosed thing began is named instead.
     */
    private static int errorLine(MarkedYamlEngineException e, String text, int firstLine) {
        Optional<Mark> problem = e.getProblemMark();
        boolean atEnd = problem.isEmpty() || problem.get().getIndex() >= text.stripTrailing().length();
        Optional<Mark> mark = atEnd && e.getContextMark().isPresent() ? e.getContextMark() : problem;
        int lastLine = firstLine + (int) text.stripTrailing().lines().count() - 1;
        return Math.min(mark.map(m -> m.getLine() + firstLine).orElse(firstLine), Math.max(firstLine, lastLine));
    }

    /** "while scanning a quoted scalar, found unexpected end of stream", as the parser says it. */
    private static String errorText(MarkedYamlEngineException e) {
        String context = e.getContext() == null ? "" : e.getContext().strip();
        String problem = withoutFullStop(e.getProblem());
        return context.isEmpty() ? problem : context + ", " + problem;
    }

    private static String withoutFullStop(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static int lineOf(Node node, int firstLine) {
        return node.getStartMark().map(mark -> mark.getLine() + firstLine).orElse(firstLine);
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "nested mapping";
        }
        if (node instanceof SequenceNode) {
            return "list";
        }
        return "single value";
    }
}
