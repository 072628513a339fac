package org.briefing.content;

import java.util.List;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;

/**
 * The entries of the entity registry, sorted by id, with the warnings met while reading them
 * (ignored files, removed control characters or HTML), sorted as errors are. Errors never get
 * here: they stop the load.
 */
public record LoadedRegistry(List<RegistryEntry> entries, List<Problem> warnings) {

    public static final LoadedRegistry EMPTY = new LoadedRegistry(List.of(), List.of());

    public LoadedRegistry {
        entries = List.copyOf(entries);
        warnings = warnings.stream().sorted(ProblemsFound.ORDER).toList();
    }
}
