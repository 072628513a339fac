package org.briefing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.briefing.cli.BriefingCommand;
import picocli.CommandLine;

/**
 * Runs the {@code briefing} command in this JVM, as {@code java -jar briefing.jar} would, and
 * keeps what it printed.
 *
 * @param exitCode the code the process would exit with
 * @param out      standard output, line ends as {@code \n}
 * @param err      standard error, line ends as {@code \n}
 */
public record Cli(int exitCode, String out, String err) {

    public static Cli run(String... arguments) {
        return run(BriefingCommand.commandLine(), arguments);
    }

    /** Runs a command line the test has changed, e.g. with an extra subcommand. */
    public static Cli run(CommandLine line, String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(arguments);
        return new Cli(code, unixLines(out.toString()), unixLines(err.toString()));
    }

    private static String unixLines(String text) {
        return text.replace("\r\n", "\n");
    }
}
