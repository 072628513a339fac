/**
 * The command line: {@code build}, {@code serve}, {@code check} and {@code new}, their options and
 * exit codes. Holds no build logic; every command calls {@link org.briefing.SiteBuilder}.
 */
package org.briefing.cli;
