package org.briefing.progress;

import java.time.Duration;

/**
 * What one stage cost.
 *
 * @param cpu      CPU time of the whole process while the stage ran, all threads together
 * @param peakHeap the sum of each heap pool's peak use while the stage ran, in bytes: an upper
 *                 bound of the heap the stage needed
 */
public record StageTiming(String stage, Duration wall, Duration cpu, long peakHeap) {
}
