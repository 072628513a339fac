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
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.CleanCache;
import org.briefing.content.Article;
import org.briefing.content.ArticleId;
import org.briefing.content.ReadCache;

/**
 * What reading and cleaning each article gave in the last build, kept in one file ({@code articles.bin}) in the
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
    static final int FORMAT = 3;
    static final String FILE = "articles.bin";
    private static final byte[] MAGIC = "BRIEFING-CACHE\n".getBytes(StandardCharsets.US_ASCII);

    private final Path folder;
    private final String generator;
    private final Map<String, byte[]> previous;
    private final Map<String, byte[]> used = new ConcurrentHashMap<>();
    private final Map<String, byte[]> previousClean;
    private final Map<String, byte[]> usedClean = new ConcurrentHashMap<>();
    /** The key each article of this build was read (or found) by, for its cleaning's entry. */
    private final Map<ArticleId, String> keyOf = new ConcurrentHashMap<>();
    private final boolean trusted;

    private ArticleCache(Path folder, String generator, Sections previous, boolean trusted) {
        this.folder = folder;
        this.generator = generator;
        this.previous = previous.read();
        this.previousClean = previous.clean();
        this.trusted = trusted;
    }

    /** The file's two parts: what reading each article gave, and what cleaning it gave, by read key. */
    private record Sections(Map<String, byte[]> read, Map<String, byte[]> clean) {
        static final Sections EMPTY = new Sections(Map.of(), Map.of());
    }

    /** Opens the cache in {@code folder}, which need not exist yet. Never fails: a bad file is ignored. */
    public static ArticleCache open(Path folder) {
        String generator = generatorFingerprint();
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new ArticleCache(folder, generator, Sections.EMPTY, true);
        }
        try {
            return new ArticleCache(folder, generator, entriesOf(Files.readAllBytes(file), generator), true);
        } catch (IOException | RuntimeException e) {
            // corrupt, truncated, or from another generator: read every article again
            return new ArticleCache(folder, generator, Sections.EMPTY, false);
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

    /** How many articles this build did not clean again. */
    public int cleanHits() {
        return (int) usedClean.entrySet().stream().filter(e -> previousClean.get(e.getKey()) == e.getValue()).count();
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
            keyOf.put(read.article().id(), key);
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
        keyOf.put(read.article().id(), key);
    }

    /**
     * What cleaning gave, for the articles this cache read or found: cleaning is a pure function
     * of the article, so an article from unchanged files is cleaned as before.
     */
    public CleanCache cleaned() {
        return new CleanCache() {
            @Override
            public Optional<CleanArticle> find(Article article) {
                String key = keyOf.get(article.id());
                byte[] bytes = key == null ? null : previousClean.get(key);
                if (bytes == null) {
                    return Optional.empty();
                }
                try {
                    CleanArticle clean = ArticleCodec.readClean(new DataInputStream(new ByteArrayInputStream(bytes)));
                    usedClean.put(key, bytes);
                    return Optional.of(clean);
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }

            @Override
            public void keep(Article article, CleanArticle clean) {
                String key = keyOf.get(article.id());
                if (key == null) {
                    return;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try {
                    ArticleCodec.write(clean, new DataOutputStream(bytes));
                } catch (IOException e) {
                    return;
                }
                usedClean.put(key, bytes.toByteArray());
            }
        };
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
        writeEntries(out, used);
        writeEntries(out, usedClean);
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

    private static void writeEntries(DataOutputStream out, Map<String, byte[]> entries) throws IOException {
        Map<String, byte[]> sorted = new TreeMap<>(entries);
        out.writeInt(sorted.size());
        for (Map.Entry<String, byte[]> entry : sorted.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeInt(entry.getValue().length);
            out.write(entry.getValue());
        }
    }

    private static Map<String, byte[]> readEntries(DataInputStream in) throws IOException {
        Map<String, byte[]> entries = new ConcurrentHashMap<>();
        for (int count = in.readInt(); count > 0; count--) {
            String key = in.readUTF();
            byte[] entry = new byte[in.readInt()];
            in.readFully(entry);
            entries.put(key, entry);
        }
        return entries;
    }

    private static Sections entriesOf(byte[] file, String generator) throws IOException {
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
        return new Sections(readEntries(in), readEntries(in));
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
