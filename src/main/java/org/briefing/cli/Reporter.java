package org.briefing.cli;

import java.io.PrintWriter;
import java.util.List;
import org.briefing.problems.Problem;

/** Prints problems the way every command does: a count, then a numbered list. */
final class Reporter {

    private Reporter() {
    }

    static void problems(PrintWriter err, String heading, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        err.println(heading);
        for (int i = 0; i < problems.size(); i++) {
            err.printf("%3d. %s%n", i + 1, problems.get(i).describe());
        }
        err.flush();
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : noun.endsWith("y") ? "" : "s");
    }
}
