/**
 * Benchmarks: a reproducible synthetic archive of news-like articles (events reported by several
 * outlets) and a runner that times the analysis stages on it. A tool for measuring, not part of a
 * build; it never reads {@code content/} and never writes files.
 */
package org.briefing.bench;
