package org.briefing.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.Deflater;
import org.briefing.search.SearchDocument.Kind;

/**
 * Builds the search index of a site from its documents, in one pass over their words: each
 * kind's documents numbered by date (undated first) and id, every term's postings, the filters'
 * postings, both split into shards by prefix ({@link ShardPartition}), and one compressed result
 * file per document. Deterministic: the same documents give the same bytes, so a rebuild rewrites
 * only the files whose documents or terms changed.
 *
 * <pre>{@code
 * SearchIndex index = new SearchIndexer().index(documents);
 * }</pre>
 */
public final class SearchIndexer {

    /** Where the index lives in the site. */
    public static final String FOLDER = "search/";

    /** About what one query's shard costs; measured against the manifest's size in the user guide. */
    static final int SHARD_TARGET = 16 * 1024;

    private static final int TITLE_WEIGHT = 3;
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private static final Comparator<SearchDocument> ORDER = Comparator
            .comparing((SearchDocument d) -> d.date().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SearchDocument::id);

    private final ObjectMapper json = new ObjectMapper();
    private final int shardTarget;

    public SearchIndexer() {
        this(SHARD_TARGET);
    }

    SearchIndexer(int shardTarget) {
        this.shardTarget = shardTarget;
    }

    public SearchIndex index(List<SearchDocument> documents) {
        Map<Kind, List<SearchDocument>> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        documents.forEach(document -> byKind.get(document.kind()).add(document));
        byKind.values().forEach(list -> list.sort(ORDER));
        Map<Kind, Map<String, Integer>> numbers = new EnumMap<>(Kind.class);
        byKind.forEach((kind, list) -> {
            Map<String, Integer> of = new HashMap<>();
            for (int n = 0; n < list.size(); n++) {
                if (of.put(list.get(n).id(), n) != null) {
                    throw new IllegalArgumentException("two " + kind.folder() + " with the id " + list.get(n).id());
                }
            }
            numbers.put(kind, of);
        });

        Map<String, Postings> terms = new HashMap<>();
        Map<String, Postings> filters = new HashMap<>();
        for (Kind kind : Kind.values()) {
            addTerms(kind, byKind.get(kind), terms);
        }
        for (Kind kind : List.of(Kind.STORY, Kind.ARTICLE)) {
            List<SearchDocument> list = byKind.get(kind);
            for (int n = 0; n < list.size(); n++) {
                for (SearchDocument.Ref ref : list.get(n).filters()) {
                    Integer number = numbers.get(ref.kind()).get(ref.id());
                    if (number != null) {
                        filters.computeIfAbsent(filterKey(ref.kind(), number), k -> new Postings()).add(kind, n, 1);
                    }
                }
            }
        }

        List<SearchIndex.File> files = new ArrayList<>();
        Shards termShards = shards('t', "terms/", terms);
        Shards filterShards = shards('f', "filters/", filters);
        files.addAll(termShards.files());
        files.addAll(filterShards.files());
        files.add(bytesFile("spans.bin", storySpans(byKind.get(Kind.STORY))));
        files.add(bytesFile("manifest.json", toJson(manifest(byKind, termShards, filterShards))));
        byKind.forEach((kind, list) -> {
            for (int n = 0; n < list.size(); n++) {
                SearchDocument document = list.get(n);
                String filter = kind.isFilter() ? filterKey(kind, n) : null;
                files.add(new SearchIndex.File(FOLDER + resultPath(kind, n), () -> deflate(toJson(result(document, filter)))));
            }
        });
        files.sort(Comparator.comparing(SearchIndex.File::path));
        return new SearchIndex(files, new SearchIndex.Stats(documents.size(), terms.size(), termShards.names().size(),
                termShards.largest(), termShards.bytes()));
    }

    /** The result file of document {@code n} of a kind, under {@link #FOLDER}: a thousand a folder. */
    static String resultPath(Kind kind, int n) {
        return "docs/" + kind.folder() + "/" + (n / 1000) + "/" + n + ".bin";
    }

    /** An actor's, place's or outlet's filter: c, p or o and its number. */
    static String filterKey(Kind kind, int number) {
        return switch (kind) {
            case ACTOR -> "c";
            case PLACE -> "p";
            case OUTLET -> "o";
            default -> throw new IllegalArgumentException("not a filter: " + kind);
        } + number;
    }

    private void addTerms(Kind kind, List<SearchDocument> list, Map<String, Postings> terms) {
        ThreadLocal<SearchTerms> analysers = ThreadLocal.withInitial(SearchTerms::new);
        double averageLength = averageLength(list, analysers.get());
        int batch = 256;
        for (int from = 0; from < list.size(); from += batch) {
            int start = from;
            List<Weighted> weighted = list.subList(from, Math.min(list.size(), from + batch)).parallelStream()
                    .map(document -> weigh(document, analysers.get(), averageLength)).toList();
            for (int i = 0; i < weighted.size(); i++) {
                Weighted w = weighted.get(i);
                for (int t = 0; t < w.terms.length; t++) {
                    terms.computeIfAbsent(w.terms[t], k -> new Postings()).add(kind, start + i, w.weights[t]);
                }
            }
        }
    }

    /** The terms of one document, sorted, with their weights. */
    private record Weighted(String[] terms, int[] weights) {
    }

    private static Weighted weigh(SearchDocument document, SearchTerms analyser, double averageLength) {
        Map<String, Integer> counts = new TreeMap<>();
        int length = 0;
        for (String term : analyser.terms(document.title())) {
            counts.merge(term, TITLE_WEIGHT, Integer::sum);
            length += TITLE_WEIGHT;
        }
        for (String term : analyser.terms(document.text().get())) {
            counts.merge(term, 1, Integer::sum);
            length++;
        }
        String[] terms = new String[counts.size()];
        int[] weights = new int[counts.size()];
        int i = 0;
        double norm = K1 * (1 - B + B * length / averageLength);
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            double tf = entry.getValue();
            double saturated = tf * (K1 + 1) / (tf + norm);
            terms[i] = entry.getKey();
            weights[i++] = (int) Math.round(saturated / (K1 + 1) * Postings.MAX_WEIGHT);
        }
        return new Weighted(terms, weights);
    }

    /** The mean number of words, from every sixteenth document: the weights are rounded to seven steps anyway. */
    private static double averageLength(List<SearchDocument> list, SearchTerms analyser) {
        long words = 0;
        int sampled = 0;
        for (int n = 0; n < list.size(); n += 16) {
            words += analyser.terms(list.get(n).title()).size() * TITLE_WEIGHT + analyser.terms(list.get(n).text().get()).size();
            sampled++;
        }
        return sampled == 0 || words == 0 ? 1 : (double) words / sampled;
    }

    /** Shard files of one key space, and their names for the manifest. */
    private record Shards(List<SearchIndex.File> files, List<String> names, int largest, long bytes) {
    }

    private Shards shards(char letter, String folder, Map<String, Postings> postings) {
        List<String> keys = new ArrayList<>(postings.keySet());
        keys.sort(Comparator.naturalOrder());
        Map<String, byte[]> entries = new HashMap<>();
        List<ShardPartition.Sized> sized = new ArrayList<>(keys.size());
        for (String key : keys) {
            byte[] entry = entry(key, postings.get(key).encode());
            entries.put(key, entry);
            sized.add(new ShardPartition.Sized(key, entry.length));
        }
        List<SearchIndex.File> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int largest = 0;
        long bytes = 0;
        for (ShardPartition.Shard shard : new ShardPartition(shardTarget).partition(sized)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Varints.write(out, shard.keys().size());
            shard.keys().forEach(key -> out.writeBytes(entries.get(key)));
            byte[] file = out.toByteArray();
            files.add(bytesFile(folder + ShardPartition.fileName(letter, shard.name()) + ".bin", file));
            names.add(shard.name());
            largest = Math.max(largest, file.length);
            bytes += file.length;
        }
        return new Shards(files, names, largest, bytes);
    }

    /** A key as UTF-8 after its byte length, then its postings. */
    private static byte[] entry(String key, byte[] postings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] name = key.getBytes(StandardCharsets.UTF_8);
        Varints.write(out, name.length);
        out.writeBytes(name);
        out.writeBytes(postings);
        return out.toByteArray();
    }

    /** For each dated story in number order, the days from its first report to its last. */
    private static byte[] storySpans(List<SearchDocument> stories) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (SearchDocument story : stories) {
            story.date().ifPresent(start -> Varints.write(out,
                    Math.max(0, story.end().map(end -> end.toEpochDay() - start.toEpochDay()).orElse(0L))));
        }
        return out.toByteArray();
    }

    private Manifest manifest(Map<Kind, List<SearchDocument>> byKind, Shards terms, Shards filters) {
        List<Manifest.KindSummary> kinds = new ArrayList<>();
        byKind.forEach((kind, list) -> kinds.add(new Manifest.KindSummary(kind.folder(), list.size(),
                (int) list.stream().filter(d -> d.date().isEmpty()).count(), days(list))));
        List<SearchDocument> outlets = byKind.get(Kind.OUTLET);
        List<Manifest.Outlet> outletFilters = new ArrayList<>();
        for (int n = 0; n < outlets.size(); n++) {
            outletFilters.add(new Manifest.Outlet(outlets.get(n).title(), filterKey(Kind.OUTLET, n)));
        }
        outletFilters.sort(Comparator.comparing(Manifest.Outlet::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Manifest.Outlet::name));
        return new Manifest(Manifest.VERSION, kinds, terms.names(), filters.names(), outletFilters);
    }

    /** Run lengths of the dated documents' days: the first day, its count, then each next day's gap and count. */
    private static List<Long> days(List<SearchDocument> list) {
        List<Long> runs = new ArrayList<>();
        long previous = 0;
        long count = 0;
        boolean first = true;
        for (SearchDocument document : list) {
            Optional<LocalDate> date = document.date();
            if (date.isEmpty()) {
                continue;
            }
            long day = date.get().toEpochDay();
            if (count > 0 && day == previous) {
                count++;
                continue;
            }
            if (count > 0) {
                runs.add(count);
            }
            runs.add(first ? day : day - previous);
            first = false;
            previous = day;
            count = 1;
        }
        if (count > 0) {
            runs.add(count);
        }
        return runs;
    }

    private static Result result(SearchDocument document, String filter) {
        return new Result(document.title(), document.path(), document.shown(), document.outlets(), document.text().get(), filter);
    }

    private byte[] toJson(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        }
    }

    private static SearchIndex.File bytesFile(String path, byte[] bytes) {
        return new SearchIndex.File(FOLDER + path, () -> bytes);
    }

    /** zlib's deflate, which browsers undo with {@code DecompressionStream("deflate")}. */
    static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
