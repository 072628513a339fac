package org.briefing.content;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;

/**
 * Splits a Markdown file into its YAML front matter and its body. Front matter is optional; when
 * the file opens with a {@code ---} line it must be closed by another {@code ---} (or {@code ...})
 * line. Spaces after a fence are allowed. A fence of four or more dashes around {@code key: value}
 * lines is refused with its line, rather than published as text (issue 10, item 17). The text's
 * line endings are {@code \n} ({@link org.briefing.config.Utf8File} makes them so).
 */
final class FrontMatterSplitter {

    private static final Pattern LONG_FENCE = Pattern.compile("-{4,}");
    private static final Pattern YAML_KEY = Pattern.compile("[A-Za-z_][\\w-]*\\s*:.*");

    /**
     * @param yaml          the front matter's text, without the fences
     * @param yamlFirstLine 1-based line of the file where the YAML starts
     * @param body          everything after the closing fence
     * @param bodyFirstLine 1-based line of the file where the body starts
     */
    record Split(Optional<String> yaml, int yamlFirstLine, String body, int bodyFirstLine) {
    }

    Split split(String text, String file) {
        List<String> lines = text.lines().limit(2).toList();
        String opening = lines.isEmpty() ? "" : lines.get(0).stripTrailing();
        if (LONG_FENCE.matcher(opening).matches() && lines.size() > 1 && YAML_KEY.matcher(lines.get(1)).matches()) {
            throw ProblemsFound.of(wrongFence(file, 1, opening, "opens"));
        }
        if (!opening.equals("---")) {
            return new Split(Optional.empty(), 0, text, 1);
        }
        int yamlStart = text.indexOf('\n') + 1;
        int lineNumber = 1;
        int position = yamlStart;
        while (position > 0 && position < text.length()) {
            int end = text.indexOf('\n', position);
            String line = (end < 0 ? text.substring(position) : text.substring(position, end)).stripTrailing();
            lineNumber++;
            if (line.equals("---") || line.equals("...")) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return new Split(Optional.of(text.substring(yamlStart, position)), 2, body, lineNumber + 1);
            }
            if (LONG_FENCE.matcher(line).matches()) {
                throw ProblemsFound.of(wrongFence(file, lineNumber, line, "closes"));
            }
            if (end < 0) {
                break;
            }
            position = end + 1;
        }
        throw ProblemsFound.of(Problem.error(file, 1,
                "opens front matter with `---` but never closes it.",
                "Add a line `---` after the last front-matter field, before the article text."));
    }

    private static Problem wrongFence(String file, int line, String fence, String opensOrCloses) {
        return Problem.error(file, line, opensOrCloses + " front matter with `" + fence + "` (" + fence.length()
                + " dashes); a front-matter fence is exactly three, `---`.", "Write the line as `---`.");
    }
}
