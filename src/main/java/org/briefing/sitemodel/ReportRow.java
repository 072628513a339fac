package org.briefing.sitemodel;

/**
 * One report in a list: its headline linked to the article page, its outlet, date and original.
 *
 * @param label       how the story's other pages name it: its outlet, or a short form of its headline
 * @param outlet      the outlet's name, or empty when unknown
 * @param outletUrl   the outlet's page on this site, or empty
 * @param originalUrl the original's address, or empty when unknown
 */
public record ReportRow(String label, String headline, String url, String outlet, String outletUrl, String date, String iso,
                        String originalUrl) {
}
