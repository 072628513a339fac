package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.Mention;
import org.briefing.analysis.stories.Passage;
import org.briefing.analysis.stories.Reports;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryId;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.briefing.content.Outlet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutletProfilerTest {

    private static final Outlet WIRE = Outlet.named("Wire");
    private static final Outlet DAILY = Outlet.named("Daily");
    private static final Outlet WEEKLY = Outlet.named("Weekly");
    private static final EntityId ARMY = new EntityId("free-army");
    private static final EntityId MAYOR = new EntityId("the-mayor");

    private final List<CleanArticle> articles = new ArrayList<>();
    private final List<Story> stories = new ArrayList<>();
    private final Map<StoryId, SourceComparison> comparisons = new HashMap<>();
    private final Map<ArticleId, ArticleEntities> entities = new HashMap<>();
    private Map<Outlet, OutletProfile> profiles;

    /**
     * A story of three outlets (and a report of no known outlet), where the wire was first, left
     * out one widely carried passage and the mayor, and alone called the army "insurgents"; and a
     * story of two outlets, which counts as shared but has no passage "most" outlets carry.
     */
    @BeforeEach
    void profileTwoStories() {
        report("w1", "Wire", "2020-03-01", ARMY);
        report("d1", "Daily", "2020-03-02", ARMY, MAYOR);
        report("k1", "Weekly", "2020-03-02", MAYOR);
        report("u1", null, "2020-02-01", MAYOR);
        story("s1", List.of(
                passage("w1", "d1", "k1", "u1"),
                passage("d1", "k1"),
                passage("d1", "u1"),
                passage("w1")),
                term("w1", "insurgents", ARMY), term("d1", "rebels", ARMY), term("k1", "rebels", ARMY),
                term("k1", "opposition forces", ARMY));
        report("w2", "Wire", "2020-04-05");
        report("d2", "Daily", "2020-04-05");
        story("s2", List.of(passage("w2", "d2"), passage("d2")));
        profiles = new OutletProfiler().profile(stories, articles, comparisons, entities);
    }

    @Test
    void profilesEveryKnownOutletInNameOrder() {
        assertThat(profiles.keySet()).containsExactly(DAILY, WEEKLY, WIRE);
    }

    @Test
    void countsThePassagesMostOutletsCarryOnlyInStoriesOfThreeOrMore() {
        OutletProfile wire = profiles.get(WIRE);
        assertThat(wire.sharedStories()).isEqualTo(2);
        // s1's passages carried by two or three of its three outlets; the unknown report adds no outlet
        assertThat(wire.corePassages()).isEqualTo(2);
        assertThat(wire.coreCarried()).isEqualTo(1);
        assertThat(wire.leftOut()).singleElement().satisfies(p -> {
            assertThat(p.story()).isEqualTo(new StoryId("s1"));
            assertThat(p.text()).isEqualTo("d1 says so.");
            assertThat(p.outlets()).isEqualTo(2);
        });
        assertThat(profiles.get(DAILY).coreCarried()).isEqualTo(2);
    }

    @Test
    void findsWordsOnlyThisOutletUsesForAParty() {
        assertThat(profiles.get(WIRE).wording()).singleElement().satisfies(w -> {
            assertThat(w.term()).isEqualTo("insurgents");
            // "rebels" first: two other outlets use it, one "opposition forces"
            assertThat(w.othersSay()).containsExactly("rebels", "opposition forces");
            assertThat(w.stories()).isEqualTo(1);
        });
        // "rebels" is shared by two outlets, so it is nobody's own word
        assertThat(profiles.get(DAILY).wording()).isEmpty();
        assertThat(profiles.get(WEEKLY).wording()).extracting(OutletProfile.Wording::term).containsExactly("opposition forces");
    }

    @Test
    void isFirstOnlyWhenStrictlyEarlierThanEveryOtherOutlet() {
        assertThat(profiles.get(WIRE).coveredFirst()).containsExactly(new StoryId("s1"));
        // the same day as another outlet is not first; a report of no known outlet does not count
        assertThat(profiles.get(DAILY).coveredFirst()).isEmpty();
        assertThat(profiles.get(WEEKLY).coveredFirst()).isEmpty();
    }

    @Test
    void leavesOutANameWhenMostOtherOutletsNameIt() {
        assertThat(profiles.get(WIRE).leftOutNames()).singleElement()
                .satisfies(n -> assertThat(n.entity()).isEqualTo(MAYOR));
        assertThat(profiles.get(WEEKLY).leftOutNames()).singleElement()
                .satisfies(n -> assertThat(n.entity()).isEqualTo(ARMY));
        // the daily's others are the wire and the weekly: each names a different one
        assertThat(profiles.get(DAILY).leftOutNames()).isEmpty();
    }

    private void report(String id, String outlet, String date, EntityId... named) {
        articles.add(Reports.report(id, outlet, date, "Headline " + id, id + " says so."));
        entities.put(new ArticleId(id), new ArticleEntities(new ArticleId(id),
                Arrays.stream(named).map(e -> new Mention(e, e.value(), 0)).toList(), List.of()));
    }

    private static Passage passage(String... ids) {
        return new Passage(Arrays.stream(ids).map(id -> new Passage.Sentence(new ArticleId(id), id + " says so.", 0)).toList());
    }

    private static Term term(String id, String word, EntityId party) {
        return new Term(new ArticleId(id), word, Term.Side.CHALLENGERS, Optional.of(party));
    }

    private void story(String id, List<Passage> passages, Term... terms) {
        List<ArticleId> reports = passages.stream().flatMap(p -> p.reports().stream()).distinct().sorted().toList();
        LocalDate day = LocalDate.parse("2020-01-01");
        Story story = new Story(new StoryId(id), "Story " + id, List.of(), passages, reports, Optional.of(day), Optional.of(day),
                Optional.empty());
        stories.add(story);
        comparisons.put(story.id(), new SourceComparison(story.id(), reports, passages, List.of(), List.of(), List.of(),
                List.of(terms), List.of()));
    }
}
