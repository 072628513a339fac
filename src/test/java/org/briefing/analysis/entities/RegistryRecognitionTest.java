package org.briefing.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.Archive;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.Cleaner;
import org.briefing.config.SiteConfig;
import org.briefing.content.ContentLoader;
import org.briefing.content.RegistryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's registry: add, merge, rename, hide and describe actors and places. */
class RegistryRecognitionTest {

    @TempDir
    Path root;

    private static final String ARTICLE = """
            ---
            title: Rescuers pull survivors from rubble in Idlib
            date: 2024-12-03
            ---
            Syria's opposition-run White Helmets rescue service said on Monday that 25 people were killed in Idlib.

            The Syrian Observatory for Human Rights said the raids continued. The Observatory counted 11 dead.

            President Bashar al-Assad said the offensive would fail. Assad spoke in Damascus.
            """;

    private RecognizedEntities recognize(Archive archive) {
        List<CleanArticle> articles = new Cleaner().cleanAll(
                new ContentLoader(SiteConfig.defaults()).loadArticles(archive.paths()).articles());
        return new EntityRecognizer(new RegistryLoader(SiteConfig.defaults()).loadRegistry(archive.paths()).entries()).recognize(articles);
    }

    private static Entity named(RecognizedEntities recognized, String name) {
        return recognized.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + recognized.entities()));
    }

    @Test
    void addsAnActorTheRecognizerDoesNotKnow() {
        RecognizedEntities without = recognize(Archive.in(root.resolve("a")).article("a.md", ARTICLE));
        // without the entry the rules have no cue for it (the self-trained tagger may still guess it);
        // the entry settles its kind and gives it the editor's description
        assertThat(without.entities()).filteredOn(e -> e.name().equals("White Helmets"))
                .allSatisfy(e -> assertThat(e.description()).doesNotContain("Volunteer rescuers."));
        RecognizedEntities with = recognize(Archive.in(root.resolve("b")).article("a.md", ARTICLE)
                .entity("white-helmets.md", "---\nname: White Helmets\ntype: actor\nkind: organization\n---\nVolunteer rescuers.\n"));
        Entity helmets = named(with, "White Helmets");
        assertThat(helmets.id().value()).isEqualTo("white-helmets");
        assertThat(helmets.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(helmets.description()).contains("Volunteer rescuers.");
    }

    @Test
    void renamesAndMergesWhileTheIdStaysTheFileName() {
        RecognizedEntities recognized = recognize(Archive.in(root).article("a.md", ARTICLE).entity("assad.md", """
                ---
                name: Bashar Hafez al-Assad
                type: actor
                kind: person
                aliases: [Bashar al-Assad, Assad]
                links: [https://en.wikipedia.org/wiki/Bashar_al-Assad]
                ---
                President of Syria from 2000.
                """));
        Entity assad = named(recognized, "Bashar Hafez al-Assad");
        assertThat(assad.id().value()).isEqualTo("assad");
        assertThat(assad.links()).containsExactly("https://en.wikipedia.org/wiki/Bashar_al-Assad");
        assertThat(recognized.entities()).extracting(Entity::name).doesNotContain("Bashar al-Assad");
        assertThat(recognized.articles().get(0).mentions()).filteredOn(m -> m.entity().equals(assad.id()))
                .extracting(Mention::surface).contains("Bashar al-Assad", "Assad");
    }

    @Test
    void hidesAnEntityEverywhere() {
        RecognizedEntities recognized = recognize(Archive.in(root).article("a.md", ARTICLE)
                .entity("observatory.md", "---\nname: Syrian Observatory for Human Rights\ntype: actor\nhidden: true\n---\n"));
        assertThat(recognized.entities()).extracting(Entity::name).doesNotContain("Syrian Observatory for Human Rights");
        assertThat(recognized.articles().get(0).mentions()).extracting(Mention::surface).doesNotContain("Syrian Observatory for Human Rights");
    }

    @Test
    void givesAPlaceTheEditorsCoordinates() {
        RecognizedEntities recognized = recognize(Archive.in(root).article("a.md", ARTICLE)
                .entity("idlib.md", "---\nname: Idlib\ntype: place\nkind: city\ncoordinates: [35.93, 36.63]\n---\nA city in north-west Syria.\n"));
        Entity idlib = named(recognized, "Idlib");
        assertThat(idlib.id().value()).isEqualTo("idlib");
        assertThat(idlib.coordinates()).contains(new Coordinates(35.93, 36.63));
        assertThat(idlib.description()).contains("north-west Syria");
    }
}
