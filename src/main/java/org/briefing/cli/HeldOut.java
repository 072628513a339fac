package org.briefing.cli;

import java.util.Collection;

/**
 * Which part of a development corpus an eval command scores. A fixed rule, the same for every
 * corpus, keeps a third of each one out of tuning: an article (or, for stories, a gold story,
 * by its first id in sorted order) is held out when its id's {@link String#hashCode()} is
 * divisible by 3.
 */
enum HeldOut {
    /** Every article. */
    ALL,
    /** The two thirds used while tuning. */
    TUNING,
    /** The third kept out of tuning. */
    HELD_OUT;

    boolean includes(String id) {
        boolean heldOut = Math.floorMod(id.hashCode(), 3) == 0;
        return switch (this) {
            case ALL -> true;
            case TUNING -> !heldOut;
            case HELD_OUT -> heldOut;
        };
    }

    boolean includesStory(Collection<String> ids) {
        return ids.isEmpty() || includes(ids.stream().sorted().findFirst().orElseThrow());
    }
}
