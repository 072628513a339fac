package org.briefing.progress;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Progress} that measures each stage (wall time, process CPU time, peak heap) and passes
 * every report on to another {@code Progress}, such as a live line on the terminal.
 *
 * <pre>{@code
 * StageClock clock = new StageClock(display);
 * new SiteBuilder(config, paths, clock).build();
 * clock.timings().forEach(System.out::println);
 * }</pre>
 */
public final class StageClock implements Progress {

    private final Progress next;
    private final List<StageTiming> timings = new ArrayList<>();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    private String stage;
    private long startedNanos;
    private long startedCpu;

    public StageClock(Progress next) {
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public synchronized void begin(String stage, long total) {
        this.stage = stage;
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        startedNanos = System.nanoTime();
        startedCpu = processCpuNanos();
        next.begin(stage, total);
    }

    @Override
    public void advance(long done) {
        next.advance(done);
    }

    @Override
    public synchronized void end() {
        long wall = System.nanoTime() - startedNanos;
        long cpu = processCpuNanos() - startedCpu;
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        timings.add(new StageTiming(stage, Duration.ofNanos(wall), Duration.ofNanos(Math.max(0, cpu)), peak));
        next.end();
    }

    /** The stages measured so far, in the order they ran. */
    public synchronized List<StageTiming> timings() {
        return List.copyOf(timings);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
