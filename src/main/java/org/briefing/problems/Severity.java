package org.briefing.problems;

/** Errors stop the build; warnings are printed and the build goes on. */
public enum Severity {
    ERROR,
    WARNING
}
