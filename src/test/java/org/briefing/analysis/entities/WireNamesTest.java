package org.briefing.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.briefing.analysis.stories.Reports;
import org.junit.jupiter.api.Test;

/**
 * The rules added for wire news (conll2003-dev's error classes): datelines of several parts,
 * "A of B", places named as teams, place words beside unknown names, continents, and one kind per
 * actor name. Each case is a sentence of the kind that was misread.
 */
class WireNamesTest {

    private static List<Entity> recognize(String... paragraphs) {
        return new EntityRecognizer(List.of()).recognize(List.of(Reports.report("a", "Example Wire", "1996-08-30",
                "Headline", paragraphs))).entities();
    }

    private static List<String> places(List<Entity> entities) {
        return entities.stream().filter(e -> e.kind().type() == EntityType.PLACE).map(Entity::name).toList();
    }

    @Test
    void readsEveryPartOfADatelineAsAPlace() {
        DatelineReader reader = new DatelineReader(Gazetteer.shared());

        assertThat(reader.placesOf("Milwaukee, Wisconsin")).extracting(Found::surface, Found::kind)
                .containsExactly(tuple("Milwaukee", EntityKind.CITY), tuple("Wisconsin", EntityKind.REGION));
        assertThat(reader.placesOf("Farmington Hills, Mich.")).extracting(Found::name)
                .containsExactly("Farmington Hills", "Michigan");
        assertThat(reader.placesOf("Nice, France")).extracting(found -> found.place().orElseThrow().country())
                .containsExactly("FR", "FR");
    }

    @Test
    void keepsATownTheGazetteerLacksWhenTheDatelineSaysWhereItIs() {
        DatelineReader reader = new DatelineReader(Gazetteer.shared());

        List<Found> found = reader.placesOf("Longyear, Norway");

        assertThat(found).extracting(Found::name).containsExactly("Longyear", "Norway");
        assertThat(found.get(0).place().orElseThrow().country()).isEqualTo("NO");
        assertThat(reader.placesOf("Qwxzville")).isEmpty();
    }

    @Test
    void readsANameOfAPlaceAsTwoNames() {
        List<Entity> entities = recognize("Benetton of Italy beat Dinamo of Russia 92-81 in the final.",
                "Security Council President Tono Eitel of Germany said members asked him to convey their concern.",
                "The national car made by Kia Motor Corp of South Korea arrived on Thursday.");

        assertThat(places(entities)).contains("Italy", "Russia", "Germany", "South Korea");
        assertThat(entities).extracting(Entity::name).contains("Kia Motor Corp")
                .doesNotContain("Kia Motor Corp of South Korea", "Benetton of Italy");
    }

    @Test
    void keepsNamesWhoseWordBeforeOfTakesIt() {
        List<Entity> entities = recognize("The Bank of England held rates on Thursday.",
                "The Federal Republic of Yugoslavia is the only country of the former federation to do so.");

        assertThat(entities).extracting(Entity::name).contains("Bank of England").doesNotContain("England");
        assertThat(entities).filteredOn(e -> e.name().equals("Serbia")).singleElement()
                .satisfies(serbia -> assertThat(serbia.aliases()).contains("Federal Republic of Yugoslavia"));
    }

    @Test
    void readsACityNamedAsATeamAsTheTeamThroughoutTheReport() {
        List<Entity> entities = recognize("Chicago beat Boston in extra innings on Friday.",
                "Fans in Chicago had waited all season for the win.");

        assertThat(entities).filteredOn(e -> e.name().equals("Chicago")).extracting(Entity::kind)
                .containsExactly(EntityKind.ORGANIZATION);
        assertThat(places(entities)).doesNotContain("Chicago");
    }

    @Test
    void keepsANationalSideACountry() {
        List<Entity> entities = recognize("Scotland beat Austria 2-0 in the qualifier.");

        assertThat(places(entities)).contains("Scotland", "Austria");
    }

    @Test
    void readsANameWithAPlaceWordBesideItAsAPlace() {
        List<Entity> entities = recognize("The plane landed at Stansted airport, north of London.",
                "Four people were injured in the blast in the town of Staouelli.",
                "Most political prisoners are held in Rangoon's Insein Prison.");

        assertThat(places(entities)).contains("Stansted", "Staouelli", "Insein Prison");
    }

    @Test
    void readsContinentsAndWideRegionsAsPlaces() {
        List<Entity> entities = recognize("The attack might injure the Middle East peace process.",
                "He presided over a period of English assertion in Europe.",
                "Veterans of the Gulf War met in Washington.");

        assertThat(places(entities)).contains("Middle East", "Europe").doesNotContain("Persian Gulf");
    }

    @Test
    void readsARegionAfterAReportingVerbAsTheRegionWhereItsCountryIsNamed() {
        List<Entity> entities = recognize("Flavio Cotti said Chechnya must remain part of Russia.");

        assertThat(places(entities)).contains("Chechnya", "Russia");
        assertThat(entities).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(Entity::name)
                .containsExactly("Flavio Cotti");
    }

    @Test
    void readsACountrysLongNameAsTheCountry() {
        List<Entity> entities = recognize("Moscow wants to keep Chechnya part of the Russian Federation.");

        assertThat(entities).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).isEmpty();
        assertThat(places(entities)).contains("Russia");
    }

    @Test
    void readsAWordInCapitalsAsAnOrganizationUnlessItAbbreviatesACommonNoun() {
        List<Entity> entities = recognize("UEFA came down heavily on the club, the chief executive told reporters.",
                "The CEO said GDP would grow, and the Organisation for Economic Co-operation (OECD) agreed; the OECD said so again.");

        assertThat(entities).filteredOn(e -> e.kind() == EntityKind.ORGANIZATION).extracting(Entity::name)
                .contains("UEFA").doesNotContain("CEO", "GDP", "OECD");
    }

    @Test
    void givesAnActorNameTheKindMostArticlesReadItAs() {
        List<List<Found>> found = List.of(
                List.of(Found.actor(EntityKind.PERSON, "Wasim Akram", "Wasim Akram", 0)),
                List.of(Found.actor(EntityKind.PERSON, "Wasim Akram", "Wasim Akram", 2)),
                List.of(Found.actor(EntityKind.ORGANIZATION, "Wasim Akram", "Wasim Akram", 1),
                        Found.actor(EntityKind.ORGANIZATION, "Real Madrid", "Real Madrid", 3)));

        List<List<Found>> unified = new ActorKinds(KnownNames.shared()).unified(found);

        assertThat(unified).flatExtracting(list -> list).extracting(Found::name, Found::kind).containsExactly(
                tuple("Wasim Akram", EntityKind.PERSON), tuple("Wasim Akram", EntityKind.PERSON),
                tuple("Wasim Akram", EntityKind.PERSON), tuple("Real Madrid", EntityKind.ORGANIZATION));
    }
}
