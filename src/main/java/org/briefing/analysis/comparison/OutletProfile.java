package org.briefing.analysis.comparison;

import java.util.List;
import java.util.Objects;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.stories.StoryId;
import org.briefing.content.Outlet;

/**
 * How one outlet covers stories that other outlets cover too: its wording, how much of what most
 * outlets report it carries, where it was first, and what it leaves out. Built only from stories
 * with reports of two or more outlets; an outlet alone on every story it covers has an empty
 * profile.
 *
 * @param sharedStories stories that other outlets report too
 * @param corePassages  passages most outlets of a story carry, over its stories of three or more
 *                      outlets (with two, "most" would be both, and the count says nothing)
 * @param coreCarried   of those, the passages it carries
 * @param coveredFirst  stories it reported strictly before every other outlet did, latest first
 * @param wording       words it uses for a party where the story's other outlets use others,
 *                      those of most stories first
 * @param leftOutNames  actors and places most other outlets of a story name and it does not,
 *                      those of most stories first
 * @param leftOut       passages most outlets of a story carry and it does not, one a story (the
 *                      most carried), most carried first
 */
public record OutletProfile(Outlet outlet, int sharedStories, int corePassages, int coreCarried,
                            List<StoryId> coveredFirst, List<Wording> wording, List<OmittedName> leftOutNames,
                            List<OmittedPassage> leftOut) {

    /** How many of each list a profile keeps: enough to show a habit, not a second archive. */
    public static final int KEPT = 10;

    public OutletProfile {
        Objects.requireNonNull(outlet, "outlet");
        if (coreCarried > corePassages) {
            throw new IllegalArgumentException("carries more core passages than there are");
        }
        coveredFirst = List.copyOf(coveredFirst);
        wording = List.copyOf(wording);
        leftOutNames = List.copyOf(leftOutNames);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * A word the outlet uses and the words the other outlets of the same stories use for the same
     * party instead.
     *
     * @param othersSay the other outlets' words, most stories first
     * @param stories   how many stories show the difference
     */
    public record Wording(String term, List<String> othersSay, int stories) {

        public Wording {
            Objects.requireNonNull(term, "term");
            othersSay = List.copyOf(othersSay);
        }
    }

    /** An actor or place it leaves out, and in how many stories. */
    public record OmittedName(EntityId entity, int stories) {

        public OmittedName {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /**
     * A passage of one story it leaves out.
     *
     * @param outlets how many of the story's other outlets carry it
     */
    public record OmittedPassage(StoryId story, String text, int outlets) {

        public OmittedPassage {
            Objects.requireNonNull(story, "story");
            Objects.requireNonNull(text, "text");
        }
    }
}
