package org.briefing.search;

import java.io.ByteArrayOutputStream;

/** Unsigned LEB128 numbers: seven bits a byte, low bits first, the high bit set on all but the last. */
final class Varints {

    private Varints() {
    }

    static void write(ByteArrayOutputStream out, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        while (value >= 0x80) {
            out.write((int) (value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    /** The number at {@code at[0]} in {@code bytes}; moves {@code at[0]} past it. */
    static long read(byte[] bytes, int[] at) {
        long value = 0;
        int shift = 0;
        while (true) {
            int b = bytes[at[0]++] & 0xff;
            value |= (long) (b & 0x7f) << shift;
            if (b < 0x80) {
                return value;
            }
            shift += 7;
        }
    }
}
