package org.briefing.analysis.entities;

import java.util.Locale;

/** The two kinds of tag page: actors (people and organizations) and places. */
public enum EntityType {
    ACTOR,
    PLACE;

    /** {@code actor} or {@code place}, as in URLs and the API. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
