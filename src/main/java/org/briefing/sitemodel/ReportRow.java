package org.briefing.sitemodel;

/**
 * One report in a list: its headline linked to the article page, its outlet, date and original.
 *
 * @param outlet      the outlet's name, or empty when unknown
 * @param outletUrl   the outlet's page on this site, or empty
 * @param originalUrl the original's address, or empty when unknown
 */
public record ReportRow(String headline, String url, String outlet, String outletUrl, String date, String iso,
                        String originalUrl) {
}
