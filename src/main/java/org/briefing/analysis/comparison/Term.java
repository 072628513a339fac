package org.briefing.analysis.comparison;

import java.util.Objects;
import java.util.Optional;
import org.briefing.analysis.entities.EntityId;
import org.briefing.content.ArticleId;

/**
 * A word a report uses, in its own voice, for a party to the story: "rebels", "insurgents",
 * "opposition forces", "the regime", "jihadi group", "the administration", "the senator",
 * "undocumented immigrants".
 *
 * @param term      the descriptor, lower case, as the report writes it
 * @param side      the kind of party the word names
 * @param refersTo  the actor it stands for, when the report or the story makes that plain
 */
public record Term(ArticleId article, String term, Side side, Optional<EntityId> refersTo) {

    /** The kinds of party descriptors name. */
    public enum Side {
        /** armed groups fighting a government: rebels, insurgents, opposition forces */
        CHALLENGERS,
        /** a government and its forces: the regime, government forces */
        GOVERNMENT,
        /** words that could name either: militants, fighters, militias, terrorists */
        ARMED,
        /** a role that stands for one person: the senator, the billionaire, the Democratic nominee */
        PERSON,
        /** people without papers: illegal immigrants, undocumented immigrants, illegal aliens */
        IMMIGRANTS,
        /** the two sides on abortion: pro-life, anti-abortion, abortion rights, pro-choice */
        ABORTION,
        /** people in the street: protesters, demonstrators, rioters */
        PROTEST,
        /** political camps: conservatives, liberals, progressives, hardliners */
        CAMP
    }

    public Term {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(refersTo, "refersTo");
    }
}
