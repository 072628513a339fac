package org.briefing.sitemodel;

/**
 * A labelled link, ready to print.
 *
 * @param detail a short note after the link, such as a count or an outlet; empty when none
 * @param key    a machine name for the link (navigation section, entity kind); empty when none
 */
public record LinkView(String label, String url, String detail, String key) {

    public static LinkView of(String label, String url) {
        return new LinkView(label, url, "", "");
    }
}
