package org.briefing.search;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The search index as files under {@code search/} in the site: {@code manifest.json}, the term
 * and filter shards, the story spans and one small compressed file per result. Files of which
 * there is one per document make their bytes when written, so they are never all in memory.
 *
 * @param files sorted by path
 * @param stats what the index holds, for tests and the build's figures
 */
public record SearchIndex(List<File> files, Stats stats) {

    public SearchIndex {
        files = List.copyOf(files);
        Objects.requireNonNull(stats, "stats");
    }

    /** One file of the index. */
    public record File(String path, Supplier<byte[]> bytesMaker) {

        public File {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(bytesMaker, "bytesMaker");
        }

        public byte[] bytes() {
            return bytesMaker.get();
        }
    }

    /**
     * @param terms       distinct terms indexed
     * @param termShards  files the terms are split into
     * @param largestShard bytes of the largest term shard
     * @param termBytes   bytes of all term shards together
     */
    public record Stats(int documents, int terms, int termShards, int largestShard, long termBytes) {
    }
}
