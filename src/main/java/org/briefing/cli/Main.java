package org.briefing.cli;

/** {@code java -jar briefing.jar …}: runs the command and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = BriefingCommand.commandLine().execute(args);
        // Exiting only on failure lets the build run inside Maven (exec:java), which treats
        // System.exit as a failure.
        if (code != ExitCodes.OK) {
            System.exit(code);
        }
    }
}
