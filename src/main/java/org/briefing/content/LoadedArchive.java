package org.briefing.content;

import java.util.List;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;

/**
 * The articles of an archive, sorted by id, with the warnings met while loading them (unknown
 * front-matter keys, ignored files), sorted as errors are ({@link ProblemsFound#ORDER}). Errors
 * never get here: they stop the load.
 */
public record LoadedArchive(List<Article> articles, List<Problem> warnings) {

    public LoadedArchive {
        articles = List.copyOf(articles);
        warnings = warnings.stream().sorted(ProblemsFound.ORDER).toList();
    }
}
