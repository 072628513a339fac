package org.briefing.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;

/**
 * Reads a user's text file strictly as UTF-8. A byte that is not UTF-8 is an error naming its line
 * (never a silent replacement character), UTF-16 files are named as such, a zero byte (UTF-16
 * without a byte-order mark, or a binary file) is an error, and a UTF-8 byte-order mark is dropped.
 * Line endings come back as {@code \n}, whether the file has Windows ({@code \r\n}) or old Mac
 * (a lone {@code \r}) endings, so every reader and every line number sees the same lines.
 */
public final class Utf8File {

    private Utf8File() {
    }

    /**
     * @param shown    the file name to put in problems
     * @param maxBytes files larger than this are rejected before they are read into memory
     * @throws ProblemsFound when the file cannot be read, is too large, or is not UTF-8
     */
    public static String read(Path file, String shown, long maxBytes) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw ProblemsFound.of(Problem.error(shown, 0,
                        String.format(Locale.ROOT, "is %.1f MB; files larger than %.1f MB are not read.", size / 1e6, maxBytes / 1e6),
                        "Split it into smaller articles or move it out of content/."));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ProblemsFound.of(Problem.error(shown, 0, "cannot be read: " + e.getMessage() + ".", "Check that the file exists and is readable."));
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw ProblemsFound.of(Problem.error(shown, 1, "is UTF-16 text; only UTF-8 is read.", "Save it as UTF-8."));
        }
        // Zero bytes are valid UTF-8 but never occur in text; UTF-16 without a byte-order mark
        // has one in every other byte, and binary files have them everywhere.
        int zero = indexOfZero(bytes);
        if (zero >= 0) {
            throw ProblemsFound.of(Problem.error(shown, lineAt(bytes, zero),
                    String.format(Locale.ROOT, "is not UTF-8 text (a zero byte in column %d); it may be UTF-16 text or not text at all.",
                            columnAt(bytes, zero)),
                    "Save it as UTF-8, or move it out of content/."));
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw ProblemsFound.of(Problem.error(shown, lineAt(bytes, offset),
                    String.format(Locale.ROOT, "is not UTF-8 text (byte 0x%02X in column %d); it may be Windows-1252 or Latin-1.",
                            bytes[offset] & 0xFF, columnAt(bytes, offset)),
                    "Re-save the file as UTF-8 (in most editors: Save As, encoding UTF-8)."));
        }
        decoder.flush(out);
        out.flip();
        // Front matter after lone-CR endings was one long first line, published as text (issue 10, item 17).
        return out.toString().replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfZero(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static int columnAt(byte[] bytes, int offset) {
        int column = 1;
        for (int i = offset - 1; i >= 0 && bytes[i] != '\n' && bytes[i] != '\r'; i--) {
            column++;
        }
        return column;
    }
}
