package org.briefing.search;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The documents of each kind that hold one term (or belong to one filter), each with a weight
 * from 1 to 7, gathered in document order. Written for each kind as a header, its byte length
 * times two plus one bit for the form, and then either (sparse, bit 0) a number for each document:
 * the gap from the previous document's number (the first counts from -1) times eight plus the
 * weight; or (dense, bit 1) a weight for every document number from 0 up, two to a byte, low half
 * first, 0 where the document does not hold the term. Dense is chosen when it is smaller: a word in
 * most of a large archive's articles costs half a byte an article instead of a byte.
 */
final class Postings {

    static final int MAX_WEIGHT = 7;

    private final int[][] packed = new int[SearchDocument.Kind.values().length][];
    private final int[] sizes = new int[SearchDocument.Kind.values().length];

    /** Adds a document of {@code kind}; documents of a kind must come in increasing number. */
    void add(SearchDocument.Kind kind, int document, int weight) {
        int k = kind.ordinal();
        if (packed[k] == null) {
            packed[k] = new int[4];
        } else if (sizes[k] == packed[k].length) {
            packed[k] = Arrays.copyOf(packed[k], packed[k].length * 2);
        }
        packed[k][sizes[k]++] = document << 3 | Math.max(1, Math.min(MAX_WEIGHT, weight));
    }

    byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream list = new ByteArrayOutputStream();
        for (int k = 0; k < packed.length; k++) {
            list.reset();
            int previous = -1;
            for (int i = 0; i < sizes[k]; i++) {
                int document = packed[k][i] >>> 3;
                Varints.write(list, (long) (document - previous) << 3 | (packed[k][i] & 7));
                previous = document;
            }
            int denseLength = sizes[k] == 0 ? 0 : (previous + 2) / 2;
            if (sizes[k] > 0 && denseLength < list.size()) {
                byte[] dense = new byte[denseLength];
                for (int i = 0; i < sizes[k]; i++) {
                    int document = packed[k][i] >>> 3;
                    dense[document / 2] |= (byte) ((packed[k][i] & 7) << (document % 2 == 0 ? 0 : 4));
                }
                Varints.write(out, (long) denseLength << 1 | 1);
                out.writeBytes(dense);
            } else {
                Varints.write(out, (long) list.size() << 1);
                out.writeBytes(list.toByteArray());
            }
        }
        return out.toByteArray();
    }
}
