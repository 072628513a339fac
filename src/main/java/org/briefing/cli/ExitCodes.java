package org.briefing.cli;

/** What the process's exit code means; scripts and CI read these. */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The content or settings have problems (listed on standard error); nothing was written. */
    public static final int CONTENT_PROBLEMS = 1;
    /** The command line was wrong: an unknown option, a missing value. */
    public static final int USAGE = 2;
    /** Something failed that the content does not explain (a bug, a full disk). */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
