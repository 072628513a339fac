package org.briefing.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.briefing.content.ReadCache;

/**
 * What reading each article gave in the last build, kept in one file ({@code articles.bin}) in the
 * cache folder. Opened at the start of a build; {@link #save()} writes what this build read or
 * found, so an article that was deleted drops out.
 *
 * <p>The file is trusted only if its checksum, its format and the generator that wrote it all
 * match; otherwise it is ignored (and replaced by the next save). An entry is found only by a key
 * the loader derives from the article's bytes, so a changed article is always read again.
 *
 * <pre>{@code
 * ArticleCache cache = ArticleCache.open(folder);
 * LoadedArchive archive = new ContentLoader(config, cache).loadArticles(paths);
 * cache.save();
 * }</pre>
 */
public final class ArticleCache implements ReadCache {

    /** The layout of the file; raised whenever {@link ArticleCodec} changes. */
    static final int FORMAT = 1;
    static final String FILE = "articles.bin";
    private static final byte[] MAGIC = "BRIEFING-CACHE\n".getBytes(StandardCharsets.US_ASCII);

    private final Path folder;
    private final String generator;
    private final Map<String, byte[]> previous;
    private final Map<String, byte[]> used = new ConcurrentHashMap<>();
    private final boolean trusted;

    private ArticleCache(Path folder, String generator, Map<String, byte[]> previous, boolean trusted) {
        this.folder = folder;
        this.generator = generator;
        this.previous = previous;
        this.trusted = trusted;
    }

    /** Opens the cache in {@code folder}, which need not exist yet. Never fails: a bad file is ignored. */
    public static ArticleCache open(Path folder) {
        String generator = generatorFingerprint();
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new ArticleCache(folder, generator, Map.of(), true);
        }
        try {
            return new ArticleCache(folder, generator, entriesOf(Files.readAllBytes(file), generator), true);
        } catch (IOException | RuntimeException e) {
            // corrupt, truncated, or from another generator: read every article again
            return new ArticleCache(folder, generator, Map.of(), false);
        }
    }

    /** Whether the file found (if any) was sound and is being used. */
    public boolean trusted() {
        return trusted;
    }

    /** How many articles this build found in the cache, and did not read again. */
    public int hits() {
        return (int) used.keySet().stream().filter(previous::containsKey).count();
    }

    @Override
    public Optional<Read> find(String key) {
        byte[] bytes = previous.get(key);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            Read read = ArticleCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
            used.put(key, bytes);
            return Optional.of(read);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void keep(String key, Read read) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ArticleCodec.write(read, new DataOutputStream(bytes));
        } catch (IOException e) {
            return;
        }
        used.put(key, bytes.toByteArray());
    }

    @Override
    public String settings() {
        return generator;
    }

    /**
     * Writes the entries this build used, sorted by key, through a temporary file: a build killed
     * while saving leaves the old file or the new one, never half of one.
     */
    public void save() throws IOException {
        Files.createDirectories(folder);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(generator);
        Map<String, byte[]> sorted = new TreeMap<>(used);
        out.writeInt(sorted.size());
        for (Map.Entry<String, byte[]> entry : sorted.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeInt(entry.getValue().length);
            out.write(entry.getValue());
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        Path temporary = Files.createTempFile(folder, FILE, ".tmp");
        try {
            Files.write(temporary, bytes.toByteArray());
            try {
                Files.move(temporary, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Map<String, byte[]> entriesOf(byte[] file, String generator) throws IOException {
        if (file.length < MAGIC.length + 8) {
            throw new IOException("too short");
        }
        CRC32 crc = new CRC32();
        crc.update(file, 0, file.length - 8);
        if (crc.getValue() != ByteBuffer.wrap(file, file.length - 8, 8).getLong()) {
            throw new IOException("checksum does not match");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(file, 0, file.length - 8));
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT || !in.readUTF().equals(generator)) {
            throw new IOException("written by another generator");
        }
        Map<String, byte[]> entries = new ConcurrentHashMap<>();
        for (int count = in.readInt(); count > 0; count--) {
            String key = in.readUTF();
            byte[] entry = new byte[in.readInt()];
            in.readFully(entry);
            entries.put(key, entry);
        }
        return entries;
    }

    /**
     * A hash of the generator's own code (its jar, or its classes folder when run from a build), so
     * a cache written by any other build of the generator is never used, even of the same version.
     */
    static String generatorFingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path code = Path.of(ArticleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> files;
            if (Files.isDirectory(code)) {
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(code);
            }
            byte[] buffer = new byte[1 << 16];
            for (Path file : files) {
                digest.update(code.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            // Unknown code: a fingerprint no file has, so nothing cached is ever trusted.
            return "unknown-" + System.nanoTime();
        }
    }
}
