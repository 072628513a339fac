package org.briefing.content;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefing.config.BuildPaths;
import org.briefing.problems.Problem;

/**
 * Lists the files of a folder of {@code content/} without following links out of it. A link to a
 * file inside {@code content/} is read as that file; a link that leaves {@code content/} is an
 * error (a contributed link must not publish {@code /etc/passwd}); a link to a folder, a dangling
 * link, a link loop, a FIFO or a device is skipped with a warning; a folder that cannot be read is
 * an error. Hidden files and folders (a leading dot) are skipped, with a warning when the name
 * looks like an article. The result is sorted by path within the folder.
 */
final class ContentWalker {

    private static final List<String> ARTICLE_ENDINGS = List.of(".md", ".markdown", ".txt", ".yml", ".yaml");

    private final BuildPaths paths;
    private final Path contentReal;

    ContentWalker(BuildPaths paths) {
        this.paths = paths;
        Path real;
        try {
            real = paths.content().toRealPath();
        } catch (IOException e) {
            real = paths.content().toAbsolutePath().normalize();
        }
        this.contentReal = real;
    }

    /** The regular files under {@code folder}, at most {@code depth} levels down; problems are added to {@code problems}. */
    List<Path> files(Path folder, int depth, List<Problem> problems) {
        List<Path> found = new ArrayList<>();
        Path start = folder;
        if (Files.isSymbolicLink(folder)) {
            Optional<Path> target = linkTarget(folder, problems);
            if (target.isEmpty()) {
                return found;
            }
            start = target.get();
        }
        Path root = start;
        try {
            Files.walkFileTree(start, EnumSet.noneOf(java.nio.file.FileVisitOption.class), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    visit(folder.resolve(root.relativize(file).toString()), file, attrs, found, problems);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(Problem.error(paths.display(file), 0, "cannot be read: " + reason(e) + ".",
                            "Make it readable (chmod u+rx for a folder, u+r for a file), or move it out of content/."));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Problem.error(paths.display(folder), 0, "cannot be read: " + reason(e) + ".", "Make it readable."));
        }
        found.sort(Comparator.comparing(file -> folder.relativize(file).toString()));
        return found;
    }

    private void visit(Path shownAs, Path file, BasicFileAttributes attrs, List<Path> found, List<Problem> problems) {
        String name = file.getFileName().toString();
        String shown = paths.display(shownAs);
        if (name.startsWith(".")) {
            // ".#a.md" (an editor's lock), "._a.md" (macOS) and ".~a.md" are no one's article
            if (looksLikeArticle(name) && !name.startsWith(".#") && !name.startsWith("._") && !name.startsWith(".~")) {
                problems.add(Problem.warning(shown, 0, "starts with a dot, so it is hidden and skipped.",
                        "Rename it without the leading dot to publish it."));
            }
            return;
        }
        if (attrs.isSymbolicLink()) {
            linkTarget(file, problems).ifPresent(target -> {
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(shownAs);
                } else {
                    problems.add(Problem.warning(shown, 0, "is a link to a folder or to something that is not a file; it is skipped.",
                            "Put the files themselves in content/articles/."));
                }
            });
        } else if (attrs.isRegularFile()) {
            found.add(shownAs);
        } else if (!attrs.isDirectory()) {
            problems.add(Problem.warning(shown, 0, "is not a regular file (a FIFO, socket or device); it is skipped.",
                    "Remove it from content/."));
        }
    }

    /** Where a link leads, when that is inside {@code content/}; otherwise a problem and empty. */
    private Optional<Path> linkTarget(Path link, List<Problem> problems) {
        String shown = paths.display(link);
        Path target;
        try {
            target = link.toRealPath();
        } catch (FileSystemException e) {
            boolean dangling = !Files.exists(link);
            problems.add(Problem.warning(shown, 0, (dangling ? "is a link to nothing" : "is a link that cannot be followed (a loop?)")
                    + "; it is skipped.", "Remove the link, or point it at a file inside content/."));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.warning(shown, 0, "is a link that cannot be followed: " + reason(e) + "; it is skipped.", ""));
            return Optional.empty();
        }
        if (!target.startsWith(contentReal)) {
            problems.add(Problem.error(shown, 0, "is a link to a file outside content/, which would be published.",
                    "Copy the file into content/ instead of linking to it, or remove the link."));
            return Optional.empty();
        }
        return Optional.of(target);
    }

    /**
     * Why a file's stem cannot be an article id, or empty when it can: a blank name, a backslash
     * (a path separator on Windows) or a control character.
     */
    static Optional<String> whyNotAnId(String stem) {
        if (stem.isBlank()) {
            return Optional.of("it is blank");
        }
        if (stem.contains("\\")) {
            return Optional.of("it holds a backslash");
        }
        if (stem.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("it holds a control character");
        }
        return Optional.empty();
    }

    private static boolean looksLikeArticle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ARTICLE_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    private static String reason(IOException e) {
        String kind = e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
        return e.getMessage() == null || e instanceof FileSystemException ? kind : kind + " (" + e.getMessage() + ")";
    }
}
