package org.briefing.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.List;
import java.util.function.Function;
import org.briefing.cleaning.CleanArticle;

/**
 * Times one analysis stage on a synthetic archive and samples the heap in use while it runs. The
 * archive is generated (and garbage collected) before the clock starts, so the time is the
 * stage's own; the heap figure includes the archive the stage reads.
 */
public final class Benchmark {

    /**
     * @param seconds       wall-clock time of the stage
     * @param peakHeapBytes the most heap in use at any sampled instant while it ran (archive included)
     */
    public record Result(int articles, double seconds, long peakHeapBytes) {
    }

    private Benchmark() {
    }

    /** How often the heap is read while the stage runs. */
    private static final long SAMPLE_MILLIS = 20;

    public static <T> Result time(List<CleanArticle> articles, Function<List<CleanArticle>, T> stage) {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicBoolean running = new AtomicBoolean(true);
        // Heap in use, read at one instant, can never exceed -Xmx; summing each pool's own peak can.
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        T result = stage.apply(articles);
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        if (result == null) {
            throw new IllegalStateException("the stage gave no result");
        }
        return new Result(articles.size(), seconds, peak.get());
    }
}
