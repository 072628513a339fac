package org.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of a test run, which tests were skipped and why, grouped by reason: a test
 * that skips itself for want of {@code ../shared/} (or a browser, or {@code mkfifo}) says so in the
 * build output, not only in the report files. Registered through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkippedTestsReport implements TestExecutionListener {

    private final Map<String, List<String>> byReason = new TreeMap<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        add(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            add(test, result.getThrowable().map(Throwable::getMessage).orElse("no reason given"));
        }
    }

    private synchronized void add(TestIdentifier test, String reason) {
        String name = test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(m -> m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1) + "." + m.getMethodName())
                .orElse(test.getDisplayName());
        // "Assumption failed: assumption is not true" is JUnit's wording when no message was given
        String why = reason == null ? "no reason given" : reason.replaceFirst("^Assumption failed: ", "");
        List<String> tests = byReason.computeIfAbsent(why, k -> new ArrayList<>());
        if (!tests.contains(name)) {
            tests.add(name);
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        if (byReason.isEmpty()) {
            return;
        }
        StringBuilder report = new StringBuilder();
        byReason.forEach((reason, tests) -> report.append("[SKIPPED] ").append(tests.size())
                .append(tests.size() == 1 ? " test: " : " tests: ").append(reason).append(" (")
                .append(String.join(", ", tests)).append(")").append(System.lineSeparator()));
        System.out.print(report);
        System.out.flush();
        byReason.clear();
    }
}
