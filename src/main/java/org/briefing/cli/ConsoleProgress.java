package org.briefing.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.briefing.progress.Progress;

/**
 * Shows a long build's progress. On a terminal, one live line that names the running stage and how
 * far it is ({@code render and write 12,400 / 31,679}); elsewhere (CI logs, Maven), a plain line when
 * a long stage ends. A stage of a few seconds or less prints nothing, so a small site builds quietly.
 */
final class ConsoleProgress implements Progress {

    private static final long REDRAW_NANOS = 100_000_000;
    /** In a log, a stage shorter than this prints nothing, so small sites (and tests) build quietly. */
    static final long WORTH_A_LINE_NANOS = 5_000_000_000L;

    private final PrintWriter out;
    private final boolean live;
    private final long worthALine;
    private final AtomicLong done = new AtomicLong();
    private volatile String stage = "";
    private volatile long total;
    private volatile long started;
    private volatile long drawn;

    /**
     * @param live       whether {@code out} is a terminal, where a line can be redrawn in place
     * @param worthALine how long, in nanoseconds, a stage must take to be named when it ends
     */
    ConsoleProgress(PrintWriter out, boolean live, long worthALine) {
        this.out = out;
        this.live = live;
        this.worthALine = worthALine;
    }

    /** Progress for standard output: live when it is a terminal. */
    static ConsoleProgress forTerminal(PrintWriter out) {
        return new ConsoleProgress(out, System.console() != null, WORTH_A_LINE_NANOS);
    }

    @Override
    public synchronized void begin(String stage, long total) {
        this.stage = stage;
        this.total = total;
        this.done.set(0);
        this.started = System.nanoTime();
        this.drawn = started;
        if (live) {
            redraw(0);
        }
    }

    @Override
    public void advance(long units) {
        long now = done.addAndGet(units);
        if (live && System.nanoTime() - drawn > REDRAW_NANOS) {
            redraw(now);
        }
    }

    private synchronized void redraw(long now) {
        drawn = System.nanoTime();
        String counts = total > 0 ? String.format(Locale.ROOT, " %,d / %,d", now, total) : "";
        out.print("\r\033[K" + stage + counts + "…");
        out.flush();
    }

    @Override
    public synchronized void end() {
        long took = System.nanoTime() - started;
        if (live) {
            out.print("\r\033[K");
        }
        if (took >= worthALine) {
            out.printf(Locale.ROOT, "  %s%s: %.1f s%n", stage, total > 0 ? String.format(Locale.ROOT, " (%,d)", total) : "", took / 1e9);
        }
        out.flush();
    }
}
