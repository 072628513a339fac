/**
 * How a build tells what it is doing: which stage runs, how far it is, and at the end each stage's
 * wall time, CPU time and peak heap. Stages report to a {@link org.briefing.progress.Progress};
 * this package never decides what a stage does.
 */
package org.briefing.progress;
