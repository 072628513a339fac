package org.briefing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.briefing.Archive;
import org.briefing.config.SiteConfig;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryLoaderTest {

    @TempDir
    Path root;

    private List<RegistryEntry> load(Archive archive) {
        return new RegistryLoader(SiteConfig.defaults()).loadRegistry(archive.paths()).entries();
    }

    @Test
    void readsAnEntryWithEveryField() {
        Archive archive = Archive.in(root).entity("white-helmets.md", """
                ---
                name: White Helmets
                type: actor
                kind: organization
                aliases: [Syria Civil Defence, "the White Helmets"]
                links: [https://www.whitehelmets.org/]
                ---
                A volunteer **rescue service** in opposition-held Syria.
                """);
        RegistryEntry entry = load(archive).get(0);
        assertThat(entry.id()).isEqualTo("white-helmets");
        assertThat(entry.name()).isEqualTo("White Helmets");
        assertThat(entry.aliases()).containsExactly("Syria Civil Defence", "the White Helmets");
        assertThat(entry.descriptionHtml()).contains("<strong>rescue service</strong>");
        assertThat(entry.hidden()).isFalse();
        assertThat(entry.latitude()).isEmpty();
    }

    @Test
    void readsAPlaceWithCoordinatesAndAHiddenEntry() {
        Archive archive = Archive.in(root)
                .entity("bou-kamal.md", "---\nname: Bou Kamal\ntype: place\nkind: city\ncoordinates: [34.45, 40.92]\n---\n")
                .entity("chuck-e-cheese.md", "---\nname: Chuck E. Cheese\ntype: actor\nhidden: true\n---\n");
        List<RegistryEntry> entries = load(archive);
        assertThat(entries).extracting(RegistryEntry::id).containsExactly("bou-kamal", "chuck-e-cheese");
        assertThat(entries.get(0).latitude()).contains(34.45);
        assertThat(entries.get(0).longitude()).contains(40.92);
        assertThat(entries.get(1).hidden()).isTrue();
        assertThat(entries.get(1).kind()).isEqualTo("other");
    }

    @Test
    void anArchiveWithoutARegistryHasNoEntries() {
        assertThat(load(Archive.in(root))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            name: X\\ntype: actr                      | 3 | is neither actor nor place
            name: X\\ntype: place\\nkind: person      | 4 | cannot have
            name: X\\ntype: actor\\nnick: Y           | 4 | unknown field `nick`
            name: X\\ntype: place\\ncoordinates: [95, 10] | 4 | not a point on Earth
            name: X\\ntype: actor\\nlinks: [javascript:alert(1)] | 4 | not a web address
            type: actor                                | 1 | has no `name`
            """)
    void namesTheLineOfEveryMistake(String yaml, int line, String message) {
        Archive archive = Archive.in(root).entity("x.md", "---\n" + yaml.replace("\\n", "\n") + "\n---\n");
        ProblemsFound problems = catchThrowableOfType(ProblemsFound.class, () -> load(archive));
        assertThat(problems.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("content/entities/x.md");
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void refusesAFileNameThatCannotBeAWebAddress() {
        Archive archive = Archive.in(root).entity("Bashar Assad.md", "---\nname: Bashar al-Assad\ntype: actor\n---\n");
        ProblemsFound problems = catchThrowableOfType(ProblemsFound.class, () -> load(archive));
        assertThat(problems.problems()).extracting(Problem::message).anyMatch(m -> m.contains("cannot be a web address"));
    }

    @Test
    void refusesANameTwoEntriesClaim() {
        Archive archive = Archive.in(root)
                .entity("a.md", "---\nname: Hayat Tahrir al-Sham\ntype: actor\naliases: [HTS]\n---\n")
                .entity("b.md", "---\nname: Levant Liberation Committee\ntype: actor\naliases: [HTS]\n---\n");
        ProblemsFound problems = catchThrowableOfType(ProblemsFound.class, () -> load(archive));
        assertThat(problems.problems()).extracting(Problem::describe)
                .anyMatch(m -> m.contains("content/entities/b.md") && m.contains("`HTS`") && m.contains("content/entities/a.md"));
    }

    /** Issue 10: the registry's warnings were dropped, so an editor never heard of them. */
    @Test
    void passesOnItsWarnings() {
        Archive archive = Archive.in(root)
                .entity("homs.md", "---\nname: \"Ho\u0008ms\"\ntype: place\n---\nA city. <script>alert(1)</script>\n")
                .entity("notes.txt", "not an entry\n");

        LoadedRegistry registry = new RegistryLoader(SiteConfig.defaults()).loadRegistry(archive.paths());

        assertThat(registry.entries()).extracting(RegistryEntry::name).containsExactly("Homs");
        assertThat(registry.warnings()).extracting(Problem::file, Problem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("content/entities/homs.md", 2),
                org.assertj.core.groups.Tuple.tuple("content/entities/homs.md", 5),
                org.assertj.core.groups.Tuple.tuple("content/entities/notes.txt", 0));
    }
}
