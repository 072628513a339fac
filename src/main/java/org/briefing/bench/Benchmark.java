package org.briefing.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.function.Function;
import org.briefing.cleaning.CleanArticle;

/**
 * Times one analysis stage on a synthetic archive and reads the heap's peak while it ran. The
 * archive is generated (and garbage collected) before the clock starts, so the figures are the
 * stage's own.
 */
public final class Benchmark {

    /**
     * @param seconds       wall-clock time of the stage
     * @param peakHeapBytes the most heap in use at any point while it ran (archive included)
     */
    public record Result(int articles, double seconds, long peakHeapBytes) {
    }

    private Benchmark() {
    }

    public static <T> Result time(List<CleanArticle> articles, Function<List<CleanArticle>, T> stage) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        T result = stage.apply(articles);
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        if (result == null) {
            throw new IllegalStateException("the stage gave no result");
        }
        return new Result(articles.size(), seconds, peak);
    }
}
