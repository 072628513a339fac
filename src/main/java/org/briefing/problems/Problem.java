package org.briefing.problems;

import java.util.Objects;

/**
 * One thing wrong with the content or the settings, in words a user can act on.
 *
 * @param file  the file as the user would type it, relative to the project (e.g.
 *              {@code content/articles/x.md}); empty when the problem concerns no single file
 * @param line  1-based line in {@code file}, or 0 when no line applies
 * @param message what is wrong, as a sentence
 * @param fix   how to fix it, as a sentence; empty when the message already says it
 */
public record Problem(Severity severity, String file, int line, String message, String fix) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (unknown) or positive: " + line);
        }
    }

    public static Problem error(String file, int line, String message, String fix) {
        return new Problem(Severity.ERROR, file, line, message, fix);
    }

    public static Problem warning(String file, int line, String message, String fix) {
        return new Problem(Severity.WARNING, file, line, message, fix);
    }

    /**
     * A warning that one analysis of one file failed with {@code cause}, a bug in Briefing rather
     * than in the content: the build goes on without that analysis, and the message says which.
     *
     * @param what    what could not be done, as a phrase ("finding the actors and places")
     * @param without what the page lacks as a result, as a phrase ("its page links no names")
     */
    public static Problem analysisFailed(String file, String what, String without, Throwable cause) {
        return warning(file, 0, what + " failed (" + cause.getClass().getSimpleName() + where(cause) + "), so " + without + ".",
                "This is a bug in Briefing, not in the file: please report it with the file attached. The rest of the site is built as usual.");
    }

    /** " at Class.method:line", the first frame in Briefing's own code, or nothing. */
    private static String where(Throwable cause) {
        for (StackTraceElement frame : cause.getStackTrace()) {
            if (frame.getClassName().startsWith("org.briefing.")) {
                String name = frame.getClassName();
                return " at " + name.substring(name.lastIndexOf('.') + 1) + "." + frame.getMethodName() + ":" + frame.getLineNumber();
            }
        }
        return "";
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code file:line: message fix}, the form compilers use, so editors can jump to it. Control
     * characters and bidirectional overrides from file names and YAML values are shown as
     * {@code \\u001B}, so a message cannot retitle or clear a terminal or reverse its text.
     */
    public String describe() {
        return printable(describeRaw());
    }

    /** {@code text} with control and bidirectional formatting characters written as {@code \\uXXXX}. */
    public static String printable(String text) {
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200E' || c == '\u200F' || c == '\u061C';
            if (hidden && shown == null) {
                shown = new StringBuilder(text.substring(0, i));
            }
            if (shown != null) {
                if (hidden) {
                    shown.append(String.format("\\u%04X", (int) c));
                } else {
                    shown.append(c);
                }
            }
        }
        return shown == null ? text : shown.toString();
    }

    private String describeRaw() {
        StringBuilder text = new StringBuilder();
        if (!file.isEmpty()) {
            text.append(file);
            if (line > 0) {
                text.append(':').append(line);
            }
            text.append(": ");
        }
        if (severity == Severity.WARNING) {
            text.append("warning: ");
        }
        text.append(message);
        if (!fix.isEmpty()) {
            text.append(' ').append(fix);
        }
        return text.toString();
    }
}
