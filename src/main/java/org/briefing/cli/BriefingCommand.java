package org.briefing.cli;

import java.io.PrintWriter;
import org.briefing.problems.ProblemsFound;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code briefing}: the top-level command. Content problems print as a numbered list and exit with
 * {@link ExitCodes#CONTENT_PROBLEMS}; other failures print one line (a stack trace only with
 * {@code --verbose}) and exit with {@link ExitCodes#INTERNAL_ERROR}.
 */
@Command(name = "briefing", mixinStandardHelpOptions = true, version = "briefing 0.1.0",
        description = "Builds a static website from an archive of news articles.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class,
                EvalStoriesCommand.class, EvalEntitiesCommand.class, EvalComparisonCommand.class, EvalExtractionCommand.class, BenchCommand.class, ImportCommand.class})
public final class BriefingCommand implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of unexpected errors.")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with Briefing's exit codes and error printing. */
    public static CommandLine commandLine() {
        BriefingCommand root = new BriefingCommand();
        CommandLine line = new CommandLine(root);
        line.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        line.getSubcommands().values().forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE));
        line.setParameterExceptionHandler((exception, args) -> {
            // picocli prints either its suggestions or the usage; a mistyped command wants both
            CommandLine failed = exception.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println(exception.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
            failed.usage(err);
            err.flush();
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        line.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (exception instanceof ProblemsFound problems) {
                Reporter.problems(err, problems.problems().size() == 1
                        ? "Found a problem; nothing was written:"
                        : "Found " + problems.problems().size() + " problems; nothing was written:", problems.problems());
                return ExitCodes.CONTENT_PROBLEMS;
            }
            err.println("error: " + exception);
            if (root.verbose) {
                printTrace(err, exception);
            } else {
                err.println("Run again with --verbose to see where it happened.");
            }
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        });
        return line;
    }

    private static void printTrace(PrintWriter err, Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            err.println(cause == exception ? cause.toString() : "Caused by: " + cause);
            for (StackTraceElement frame : cause.getStackTrace()) {
                err.println("\tat " + frame);
            }
        }
    }
}
