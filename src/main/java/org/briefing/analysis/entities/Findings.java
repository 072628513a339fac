package org.briefing.analysis.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reading of one article has found so far: names settled, names waiting for the second
 * pass, and the short forms its organizations introduced ("HTS", "the Observatory"). Lives only
 * while one article is read.
 */
final class Findings {

    /** Why a name waits for the second pass. */
    enum Hint {
        /** A single word with a person cue: a surname, unless it is a large place ("Ankara said"). */
        SURNAME,
        /** No cue at all: kept only if the second pass ties it to something found. */
        UNSUPPORTED,
        /** A single-word place, unless the article turns out to name a person so. */
        PLACE,
        /** A region named bare: kept when the article also names its country. */
        REGION,
        /** A news outlet: an actor only when the article names it more than once. */
        MEDIA,
        /**
         * A word in capitals in running text ("UEFA", "FOMC"): the organization it stands for in
         * this article, else an organization of its own.
         */
        ACRONYM
    }

    record Pending(NameSpan span, Hint hint, List<GazetteerPlace> places) {

        Pending {
            places = List.copyOf(places);
        }
    }

    final List<Found> found = new ArrayList<>();
    final List<Pending> pending = new ArrayList<>();
    /** Full names found with an office title before them ("President Bashar al-Assad"). */
    final java.util.Set<String> officeHolders = new java.util.HashSet<>();
    /** Short form to full organization name: "HTS", and "the observatory" for "the Observatory". */
    final Map<String, String> organizationAliases = new HashMap<>();
    /**
     * Places the article names as a sports team or club ("Chicago 5 Boston 3", "Karlsruhe of
     * Germany", "Leicestershire beat Somerset"), by lookup key: every mention of them in the
     * article is the team.
     */
    final java.util.Set<String> teams = new java.util.HashSet<>();

    void wait(NameSpan span, Hint hint, List<GazetteerPlace> places) {
        pending.add(new Pending(span, hint, places));
    }
}
