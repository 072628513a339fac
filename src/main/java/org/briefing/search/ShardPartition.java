package org.briefing.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits sorted keys (terms, or filter keys) into shards by prefix, as Pagefind does: a prefix
 * whose keys fit in the target size is one shard; a larger one is split by the character after
 * it, neighbouring small groups packed together. A shard is named by the shortest prefix that
 * starts it, and a key lives in the shard with the greatest name not after it, so the search page
 * finds a key's shard from the sorted names alone.
 *
 * <p>Splitting is local: keys added under one prefix change only that prefix's shards, so a
 * rebuild after a small edit leaves the other shard files byte for byte as they were.
 */
final class ShardPartition {

    /** A key and the bytes it takes in its shard. */
    record Sized(String key, int size) {
    }

    /** A shard: its name (a prefix of every key in it) and its keys, in order. */
    record Shard(String name, List<String> keys) {

        Shard {
            keys = List.copyOf(keys);
        }
    }

    private final int target;

    ShardPartition(int target) {
        this.target = target;
    }

    /** Shards of {@code keys}, which must be sorted and distinct, in the keys' order. */
    List<Shard> partition(List<Sized> keys) {
        List<Shard> shards = new ArrayList<>();
        split("", keys, shards);
        return shards;
    }

    private void split(String prefix, List<Sized> keys, List<Shard> out) {
        if (keys.isEmpty()) {
            return;
        }
        if (keys.size() == 1 || total(keys) <= target) {
            out.add(new Shard(prefix, keys.stream().map(Sized::key).toList()));
            return;
        }
        int depth = prefix.length();
        String bucketName = prefix;
        List<Sized> bucket = new ArrayList<>();
        long bucketSize = 0;
        int i = 0;
        if (keys.get(0).key().length() == depth) {
            bucket.add(keys.get(0));
            bucketSize = keys.get(0).size();
            i = 1;
        }
        while (i < keys.size()) {
            char next = keys.get(i).key().charAt(depth);
            int end = i;
            while (end < keys.size() && keys.get(end).key().charAt(depth) == next) {
                end++;
            }
            List<Sized> group = keys.subList(i, end);
            long groupSize = total(group);
            String groupName = prefix + next;
            if (groupSize > target) {
                flush(bucketName, bucket, out);
                bucket = new ArrayList<>();
                bucketSize = 0;
                split(groupName, group, out);
            } else {
                if (!bucket.isEmpty() && bucketSize + groupSize > target) {
                    flush(bucketName, bucket, out);
                    bucket = new ArrayList<>();
                    bucketSize = 0;
                }
                if (bucket.isEmpty()) {
                    bucketName = groupName;
                }
                bucket.addAll(group);
                bucketSize += groupSize;
            }
            i = end;
        }
        flush(bucketName, bucket, out);
    }

    private static void flush(String name, List<Sized> bucket, List<Shard> out) {
        if (!bucket.isEmpty()) {
            out.add(new Shard(name, bucket.stream().map(Sized::key).toList()));
        }
    }

    private static long total(List<Sized> keys) {
        long sum = 0;
        for (Sized key : keys) {
            sum += key.size();
        }
        return sum;
    }

    /**
     * The file name of a shard: its name after {@code letter} when it is plain letters and digits,
     * else {@code letter_} and four hex digits for each UTF-16 unit (the search page does the same).
     */
    static String fileName(char letter, String name) {
        if (name.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            return letter + name;
        }
        StringBuilder hex = new StringBuilder().append(letter).append('_');
        for (int i = 0; i < name.length(); i++) {
            hex.append(String.format("%04x", (int) name.charAt(i)));
        }
        return hex.toString();
    }
}
