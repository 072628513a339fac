package org.briefing.content;

import java.util.Optional;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;

/**
 * Splits a Markdown file into its YAML front matter and its body. Front matter is optional; when
 * the file opens with a {@code ---} line it must be closed by another {@code ---} (or {@code ...})
 * line.
 */
final class FrontMatterSplitter {

    /**
     * @param yaml          the front matter's text, without the fences
     * @param yamlFirstLine 1-based line of the file where the YAML starts
     * @param body          everything after the closing fence
     * @param bodyFirstLine 1-based line of the file where the body starts
     */
    record Split(Optional<String> yaml, int yamlFirstLine, String body, int bodyFirstLine) {
    }

    Split split(String text, String file) {
        if (!(text.startsWith("---\n") || text.startsWith("---\r\n") || text.strip().equals("---"))) {
            return new Split(Optional.empty(), 0, text, 1);
        }
        int lineNumber = 1;
        int position = text.indexOf('\n') + 1;
        while (position > 0 && position < text.length()) {
            int end = text.indexOf('\n', position);
            String line = (end < 0 ? text.substring(position) : text.substring(position, end)).stripTrailing();
            lineNumber++;
            if (line.equals("---") || line.equals("...")) {
                String yaml = text.substring(text.indexOf('\n') + 1, position);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new Split(Optional.of(yaml), 2, body, lineNumber + 1);
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
}
