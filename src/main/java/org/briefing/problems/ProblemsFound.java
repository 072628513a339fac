package org.briefing.problems;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Thrown by a stage that found errors it cannot build past. It carries all of them, so the user
 * sees every problem at once rather than one per run.
 */
public final class ProblemsFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Stable order for printing: by file, then line, then message. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    private final transient List<Problem> problems;

    public ProblemsFound(List<Problem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("ProblemsFound needs at least one problem");
        }
        this.problems = problems.stream().sorted(ORDER).toList();
    }

    public static ProblemsFound of(Problem problem) {
        return new ProblemsFound(List.of(problem));
    }

    /** Throws when {@code problems} holds any error; warnings alone pass. */
    public static void throwIfErrors(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ProblemsFound(errors);
        }
    }

    /**
     * Runs one check of a stage that goes on after a problem: what {@code check} returns, or, when
     * it throws this exception, {@code fallback}, with the problems added to {@code problems}.
     *
     * <pre>{@code
     * Optional<String> title = ProblemsFound.collect(() -> yaml.text("title"), Optional.empty(), problems);
     * }</pre>
     */
    public static <T> T collect(Supplier<T> check, T fallback, List<Problem> problems) {
        try {
            return check.get();
        } catch (ProblemsFound e) {
            problems.addAll(e.problems());
            return fallback;
        }
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        return problems.size() == 1
                ? problems.get(0).describe()
                : problems.size() + " problems, the first: " + problems.get(0).describe();
    }
}
