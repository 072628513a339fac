package org.briefing.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import org.briefing.problems.Problem;
import org.briefing.progress.StageTiming;

/** Prints problems the way every command does: a count, then a numbered list. */
final class Reporter {

    private Reporter() {
    }

    static void problems(PrintWriter err, String heading, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        err.println(heading);
        for (int i = 0; i < problems.size(); i++) {
            err.printf("%3d. %s%n", i + 1, problems.get(i).describe());
        }
        err.flush();
    }

    /** One line per stage: wall time, CPU time (all threads) and peak heap, then the totals. */
    static void timings(PrintWriter out, List<StageTiming> timings) {
        out.printf("%-16s %9s %9s %10s%n", "stage", "wall s", "cpu s", "peak heap");
        double wall = 0;
        double cpu = 0;
        long peak = 0;
        for (StageTiming timing : timings) {
            out.printf("%-16s %9.2f %9.2f %7d MB%n", timing.stage(), seconds(timing.wall()), seconds(timing.cpu()),
                    timing.peakHeap() >> 20);
            wall += seconds(timing.wall());
            cpu += seconds(timing.cpu());
            peak = Math.max(peak, timing.peakHeap());
        }
        out.printf("%-16s %9.2f %9.2f %7d MB%n", "all stages", wall, cpu, peak >> 20);
        out.flush();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : noun.endsWith("y") ? "" : "s");
    }
}
