package org.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Inflater;
import org.briefing.search.SearchDocument.Kind;
import org.briefing.search.SearchDocument.Ref;
import org.junit.jupiter.api.Test;

class SearchIndexerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyTermIsInTheShardItsNamePointsTo() throws Exception {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            documents.add(article("a" + i, LocalDate.of(2024, 1, 1).plusDays(i % 40),
                    "word" + i + " common shared report number" + (i % 7) + " zebra" + (i % 3)));
        }
        SearchIndex index = new SearchIndexer(512).index(documents);
        Map<String, byte[]> files = bytesByPath(index);
        List<String> names = strings(manifest(files).get("terms"));
        assertThat(names).as("small shards force a split").hasSizeGreaterThan(5).isSorted();

        SearchTerms analyser = new SearchTerms();
        for (String term : List.of("word0", "word299", "common", "share", "zebra2", "number6")) {
            String shard = "search/terms/" + ShardPartition.fileName('t', greatestNotAfter(names, analyser.terms(term).get(0))) + ".bin";
            assertThat(keysOf(files.get(shard))).as(term + " in " + shard).contains(analyser.terms(term).get(0));
        }
        assertThat(index.stats().largestShard()).as("a shard of many terms stays near the target")
                .isLessThan(512 * 4);
    }

    @Test
    void postingsListDocumentsInDateOrderWithTitleWordsWeighingMore() throws Exception {
        SearchIndex index = new SearchIndexer().index(List.of(
                article("late", LocalDate.of(2024, 3, 1), "aleppo aleppo convoy"),
                article("early", LocalDate.of(2024, 1, 1), "convoy"),
                new SearchDocument(Kind.ARTICLE, "undated", Optional.empty(), Optional.empty(), "articles/undated/",
                        "Aleppo convoy", "", List.of(), () -> "nothing else", List.of())));
        Map<String, byte[]> files = bytesByPath(index);
        Map<String, List<int[]>> postings = postingsOf(files.get("search/terms/t.bin"), Kind.ARTICLE);
        // Undated first, then by date: undated 0, early 1, late 2.
        assertThat(postings.get("convoi")).extracting(p -> p[0]).containsExactly(0, 1, 2);
        assertThat(postings.get("aleppo")).extracting(p -> p[0]).containsExactly(0, 2);

        JsonNode kinds = manifest(files).get("kinds");
        assertThat(kinds.get(1).get("undated").asInt()).isEqualTo(1);
        assertThat(strings(kinds.get(1).get("days"))).containsExactly(
                Long.toString(LocalDate.of(2024, 1, 1).toEpochDay()), "1", "60", "1");

        JsonNode result = JSON.readTree(inflate(files.get("search/docs/articles/0/2.bin")));
        assertThat(result.get("t").asText()).isEqualTo("late title");
        assertThat(result.get("u").asText()).isEqualTo("articles/late/");
        assertThat(result.get("x").asText()).isEqualTo("aleppo aleppo convoy");
    }

    @Test
    void aWordInTheTitleWeighsMoreThanInTheText() {
        SearchIndex index = new SearchIndexer().index(List.of(
                new SearchDocument(Kind.ARTICLE, "a", Optional.empty(), Optional.empty(), "articles/a/", "Aleppo",
                        "", List.of(), () -> "one two three four", List.of()),
                new SearchDocument(Kind.ARTICLE, "b", Optional.empty(), Optional.empty(), "articles/b/", "Other",
                        "", List.of(), () -> "aleppo two three four", List.of())));
        List<int[]> aleppo = postingsOf(bytesByPath(index).get("search/terms/t.bin"), Kind.ARTICLE).get("aleppo");
        assertThat(aleppo.get(0)[1]).isGreaterThan(aleppo.get(1)[1]);
    }

    @Test
    void storiesAndArticlesAreFilteredByTheirOutletsActorsAndPlaces() throws Exception {
        SearchIndex index = new SearchIndexer().index(List.of(
                new SearchDocument(Kind.OUTLET, "Levant Wire", Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty(),
                        "sources/levant-wire/", "Levant Wire", "Outlet", List.of(), () -> "", List.of()),
                new SearchDocument(Kind.PLACE, "aleppo", Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty(),
                        "places/aleppo/", "Aleppo", "Place", List.of(), () -> "", List.of()),
                new SearchDocument(Kind.ARTICLE, "a", Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty(), "articles/a/",
                        "Floods", "", List.of("Levant Wire"), () -> "rain", List.of(new Ref(Kind.OUTLET, "Levant Wire"),
                        new Ref(Kind.PLACE, "aleppo"))),
                new SearchDocument(Kind.ARTICLE, "b", Optional.of(LocalDate.of(2024, 1, 2)), Optional.empty(), "articles/b/",
                        "Rain", "", List.of(), () -> "rain", List.of(new Ref(Kind.PLACE, "aleppo")))));
        Map<String, byte[]> files = bytesByPath(index);
        Map<String, List<int[]>> filters = postingsOf(files.get("search/filters/f.bin"), Kind.ARTICLE);
        assertThat(filters.get("o0")).extracting(p -> p[0]).containsExactly(0);
        assertThat(filters.get("p0")).extracting(p -> p[0]).containsExactly(0, 1);
        assertThat(manifest(files).get("outlets").get(0).get("filter").asText()).isEqualTo("o0");
        assertThat(JSON.readTree(inflate(files.get("search/docs/places/0/0.bin"))).get("f").asText()).isEqualTo("p0");
    }

    @Test
    void theSameDocumentsGiveTheSameBytesAndANewWordChangesOnlyItsShard() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            documents.add(article("a" + i, LocalDate.of(2024, 1, 1).plusDays(i), "alpha" + i + " beta" + i + " gamma" + i));
        }
        Map<String, byte[]> first = bytesByPath(new SearchIndexer(400).index(documents));
        assertThat(bytesByPath(new SearchIndexer(400).index(documents)))
                .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(first.get(path)));

        List<SearchDocument> grown = new ArrayList<>(documents);
        grown.add(article("z", LocalDate.of(2025, 1, 1), "gammaray"));
        Map<String, byte[]> second = bytesByPath(new SearchIndexer(400).index(grown));
        List<String> changed = second.keySet().stream().filter(path -> path.startsWith("search/terms/"))
                .filter(path -> !java.util.Arrays.equals(second.get(path), first.get(path))).toList();
        long shards = second.keySet().stream().filter(path -> path.startsWith("search/terms/")).count();
        assertThat(shards).isGreaterThan(10);
        // The new article's title words ("z", "title") and its text ("gammarai") touch few shards.
        assertThat(changed).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void aWordInMostDocumentsIsWrittenAsHalfAByteADocument() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String text = i % 10 == 0 ? "rare common" : "common";
            String id = String.format("a%04d", i);
            documents.add(new SearchDocument(Kind.ARTICLE, id, Optional.empty(), Optional.empty(), "articles/" + id + "/",
                    "Report", "", List.of(), () -> text, List.of()));
        }
        byte[] shard = bytesByPath(new SearchIndexer().index(documents)).get("search/terms/t.bin");
        Map<String, List<int[]>> postings = postingsOf(shard, Kind.ARTICLE);
        assertThat(postings.get("common")).hasSize(1000).extracting(p -> p[0]).startsWith(0, 1, 2).endsWith(999);
        assertThat(postings.get("rare")).hasSize(100).extracting(p -> p[0]).startsWith(0, 10, 20);
        // "common" and the title's "report" dense (500 bytes each), "rare" sparse (a hundred gaps of 10 and weights).
        assertThat(shard.length).isLessThan(500 + 500 + 2 * 100 + 100);
    }

    @Test
    void refusesTwoDocumentsOfAKindWithOneId() {
        assertThatThrownBy(() -> new SearchIndexer().index(List.of(article("a", LocalDate.of(2024, 1, 1), "x"),
                article("a", LocalDate.of(2024, 1, 2), "y")))).hasMessageContaining("two articles with the id a");
    }

    static SearchDocument article(String id, LocalDate date, String text) {
        return new SearchDocument(Kind.ARTICLE, id, Optional.of(date), Optional.of(date), "articles/" + id + "/",
                id + " title", "", List.of(), () -> text, List.of());
    }

    static Map<String, byte[]> bytesByPath(SearchIndex index) {
        Map<String, byte[]> files = new HashMap<>();
        index.files().forEach(file -> files.put(file.path(), file.bytes()));
        return files;
    }

    private static JsonNode manifest(Map<String, byte[]> files) throws Exception {
        return JSON.readTree(files.get("search/manifest.json"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static String greatestNotAfter(List<String> names, String key) {
        String found = null;
        for (String name : names) {
            if (name.compareTo(key) <= 0) {
                found = name;
            }
        }
        return found;
    }

    private static List<String> keysOf(byte[] shard) {
        return new ArrayList<>(postingsOf(shard, Kind.ARTICLE).keySet());
    }

    /** Each key of a shard with the [document, weight] pairs of one kind, read as search.js reads them. */
    static Map<String, List<int[]>> postingsOf(byte[] shard, Kind wanted) {
        Map<String, List<int[]>> entries = new java.util.LinkedHashMap<>();
        int[] at = {0};
        long count = Varints.read(shard, at);
        for (int i = 0; i < count; i++) {
            int length = (int) Varints.read(shard, at);
            String key = new String(shard, at[0], length, StandardCharsets.UTF_8);
            at[0] += length;
            for (Kind kind : Kind.values()) {
                long header = Varints.read(shard, at);
                int end = at[0] + (int) (header >>> 1);
                List<int[]> postings = new ArrayList<>();
                if ((header & 1) == 1) {
                    for (int document = 0; at[0] + document / 2 < end; document++) {
                        int weight = (shard[at[0] + document / 2] >> (document % 2 == 0 ? 0 : 4)) & 7;
                        if (weight > 0) {
                            postings.add(new int[] {document, weight});
                        }
                    }
                    at[0] = end;
                }
                int previous = -1;
                while (at[0] < end) {
                    long value = Varints.read(shard, at);
                    previous += (int) (value >>> 3);
                    postings.add(new int[] {previous, (int) (value & 7)});
                }
                if (kind == wanted) {
                    entries.put(key, postings);
                }
            }
        }
        return entries;
    }

    static byte[] inflate(byte[] bytes) throws Exception {
        Inflater inflater = new Inflater();
        inflater.setInput(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!inflater.finished()) {
            out.write(buffer, 0, inflater.inflate(buffer));
        }
        inflater.end();
        return out.toByteArray();
    }

}
