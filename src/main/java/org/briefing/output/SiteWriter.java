package org.briefing.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.briefing.config.BuildPaths;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.briefing.render.RenderedPage;

/**
 * Writes a site atomically: everything goes into a temporary folder next to the output folder,
 * which replaces the old site only once it is complete. If anything fails before that, the
 * temporary folder is deleted and the old site is untouched.
 *
 * <pre>{@code
 * new SiteWriter().write(renderedPages, paths);
 * }</pre>
 */
public final class SiteWriter {

    /** Static files under {@code templates/assets/} are copied to {@code assets/} in the site. */
    public static final String ASSETS = "assets";

    /** How many files were written, for the build's summary line. */
    public record Written(int pages, int assets) {
    }

    /** Writes a whole rendered site at once; {@link #open(BuildPaths)} writes one file at a time. */
    public Written write(List<RenderedPage> pages, BuildPaths paths) {
        try (Staging staging = open(paths)) {
            pages.forEach(staging::write);
            return staging.commit();
        }
    }

    /**
     * Starts a site: a temporary folder beside the output folder that files are written into as
     * they are rendered. {@link Staging#commit()} swaps it in for the old site; closing it without
     * a commit deletes it and leaves the old site exactly as it was.
     *
     * <pre>{@code
     * try (SiteWriter.Staging staging = writer.open(paths)) {
     *     renderer.render(model, staging::write, progress);
     *     staging.commit();
     * }
     * }</pre>
     */
    public Staging open(BuildPaths paths) {
        Path out = paths.out();
        new OutputGuard().check(paths);
        Path parent = out.getParent();
        String name = out.getFileName().toString();
        Path staging = parent.resolve("." + name + ".tmp-" + UUID.randomUUID());
        OutputLock lock = null;
        try {
            Files.createDirectories(parent);
            lock = OutputLock.take(parent.resolve("." + name + ".lock"), paths.display(out));
            // Under the lock no other build is writing here, so whatever a killed build left is ours
            // to mend: first the old site back in place, then its leftovers away.
            restoreOrRemoveLeftovers(parent, name, out);
            Files.createDirectory(staging);
        } catch (IOException e) {
            deleteQuietly(staging);
            if (lock != null) {
                lock.close();
            }
            throw notWritten(paths, e);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
        return new Staging(paths, staging, lock);
    }

    /** A site being written; thread-safe, so pages rendered in parallel are written as they come. */
    public static final class Staging implements AutoCloseable {

        private final BuildPaths paths;
        private final Path folder;
        private final OutputLock lock;
        private final AtomicInteger files = new AtomicInteger();
        private volatile boolean committed;

        private Staging(BuildPaths paths, Path folder, OutputLock lock) {
            this.paths = paths;
            this.folder = folder;
            this.lock = lock;
        }

        /**
         * Puts one file of the site into the temporary folder. A file the current site already has
         * with the same bytes is linked, not written again, so it keeps its identity and time: a
         * rebuild after a small edit writes only what the edit changed.
         */
        public void write(RenderedPage page) {
            try {
                Path file = inside(folder, page.path().file());
                Files.createDirectories(file.getParent());
                byte[] bytes = page.bytes();
                if (!linkedUnchanged(inside(paths.out(), page.path().file()), bytes, file)) {
                    Files.write(file, bytes);
                }
                files.incrementAndGet();
            } catch (IOException e) {
                throw notWritten(paths, e);
            }
        }

        private static boolean linkedUnchanged(Path current, byte[] bytes, Path file) {
            try {
                if (!Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS) || Files.size(current) != bytes.length
                        || !Arrays.equals(Files.readAllBytes(current), bytes)) {
                    return false;
                }
                Files.createLink(file, current);
                return true;
            } catch (IOException | UnsupportedOperationException e) {
                // another file system, or links not allowed: write the file instead
                return false;
            }
        }

        /** Copies the static assets and moves the finished site into place. */
        public Written commit() {
            try {
                int assets = copyAssets(paths.templates().resolve(ASSETS), folder.resolve(ASSETS));
                swapIn(folder, paths.out());
                committed = true;
                return new Written(files.get(), assets);
            } catch (IOException e) {
                throw notWritten(paths, e);
            }
        }

        /** Deletes the temporary folder unless the site was committed, and lets other builds in. */
        @Override
        public void close() {
            try {
                if (!committed) {
                    deleteQuietly(folder);
                }
            } finally {
                lock.close();
            }
        }
    }

    private static ProblemsFound notWritten(BuildPaths paths, IOException e) {
        return ProblemsFound.of(Problem.error(paths.display(paths.out()), 0, "could not be written: " + e.getMessage() + ".",
                "The previous site was left as it was. Check the disk space and permissions."));
    }

    /** Resolves a site path inside {@code root}, refusing anything that would land outside it. */
    static Path inside(Path root, String relative) {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + relative);
        }
        return file;
    }

    private static int copyAssets(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !from.relativize(file).toString().startsWith("."))
                    .sorted().toList();
        }
        for (Path file : files) {
            Path target = inside(to, from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return files.size();
    }

    /** Moves the finished site into place; the old one is moved aside first and deleted last. */
    private static void swapIn(Path staging, Path out) throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = out.resolveSibling("." + out.getFileName() + ".old-" + UUID.randomUUID());
            move(out, old);
        }
        try {
            move(staging, out);
        } catch (IOException e) {
            if (old != null) {
                move(old, out);
            }
            throw e;
        }
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Mends what a killed build left beside the output folder. Killed between the two renames of
     * the swap, there is no output folder but the old site moved aside: it is put back. Every other
     * leftover (unfinished sites, old sites already replaced) is deleted.
     */
    private static void restoreOrRemoveLeftovers(Path parent, String name, Path out) throws IOException {
        List<Path> old = siblings(parent, "." + name + ".old-*");
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !old.isEmpty()) {
            Path newest = old.stream().max(Comparator.comparing(SiteWriter::modified)).orElseThrow();
            move(newest, out);
        }
        for (Path leftover : siblings(parent, "." + name + ".{tmp,old}-*")) {
            deleteQuietly(leftover);
        }
    }

    private static List<Path> siblings(Path parent, String glob) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, glob)) {
            siblings.forEach(found::add);
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // A read-only folder (a site copied from a read-only medium) would keep its files: make each
        // folder writable first. Files.walk does not follow links, so nothing outside is touched.
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .forEach(dir -> dir.toFile().setWritable(true, true));
        } catch (IOException | UncheckedIOException e) {
            // deleting below reports nothing either; a leftover is removed by the next build
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary folder is harmless and is removed by the next build.
        }
    }
}
