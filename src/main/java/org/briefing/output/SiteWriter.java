package org.briefing.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /**
     * Refuses an output folder the build must not replace, before any work is done.
     *
     * @throws org.briefing.problems.ProblemsFound naming the folder and why
     */
    public void checkTarget(BuildPaths paths) {
        new OutputGuard().check(paths);
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
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent, name);
            Files.createDirectory(staging);
        } catch (IOException e) {
            deleteQuietly(staging);
            throw notWritten(paths, e);
        }
        return new Staging(paths, staging);
    }

    /** A site being written; thread-safe, so pages rendered in parallel are written as they come. */
    public static final class Staging implements AutoCloseable {

        private final BuildPaths paths;
        private final Path folder;
        private final AtomicInteger files = new AtomicInteger();
        private volatile boolean committed;

        private Staging(BuildPaths paths, Path folder) {
            this.paths = paths;
            this.folder = folder;
        }

        /** Writes one file of the site into the temporary folder. */
        public void write(RenderedPage page) {
            try {
                Path file = inside(folder, page.path().file());
                Files.createDirectories(file.getParent());
                Files.write(file, page.bytes());
                files.incrementAndGet();
            } catch (IOException e) {
                throw notWritten(paths, e);
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

        /** Deletes the temporary folder unless the site was committed. */
        @Override
        public void close() {
            if (!committed) {
                deleteQuietly(folder);
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

    /** Folders a killed build may have left beside the output folder. */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".{tmp,old}-*")) {
            for (Path sibling : siblings) {
                deleteQuietly(sibling);
            }
        }
    }

    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
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
