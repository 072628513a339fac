package org.briefing.cli;

/** {@code java -jar briefing.jar …}: runs the command and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args);
        // Exiting only on failure lets the build run inside Maven (exec:java), which treats
        // System.exit as a failure.
        if (code != ExitCodes.OK) {
            System.exit(code);
        }
    }

    /**
     * Runs a command. Running out of memory is an error of the build, not of the content: it
     * exits with {@link ExitCodes#INTERNAL_ERROR} and one line on how to give Java more memory, not
     * with a trace.
     */
    static int run(String... args) {
        try {
            return BriefingCommand.commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            long heapMb = Runtime.getRuntime().maxMemory() >> 20;
            long suggestedGb = Math.max(4, 2 * ((heapMb + 1023) / 1024));
            System.err.printf("error: Java ran out of memory (%d MB of heap). Give it more, for example"
                    + " java -Xmx%dg -jar target/briefing.jar ...; nothing was written.%n", heapMb, suggestedGb);
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
