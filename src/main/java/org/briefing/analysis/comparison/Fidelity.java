package org.briefing.analysis.comparison;

/** How a report carries a quote that other reports carry too. */
public enum Fidelity {
    /** the same words as the quote's reference wording, or an unbroken part of them */
    VERBATIM,
    /** other words: a different translation, a paraphrase inside quotation marks, or a slip */
    ALTERED
}
