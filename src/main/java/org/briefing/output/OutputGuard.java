package org.briefing.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.config.BuildPaths;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;

/**
 * Refuses output folders a build must never replace: the content or templates folder, a folder
 * holding either of them, the file system root, a symbolic link, a file or special file (a device,
 * a FIFO), or a non-empty folder that is not a site this tool generated. Replacing the output folder deletes it, so this is checked before anything is
 * written.
 */
final class OutputGuard {

    /**
     * Files every build writes whatever the templates, so a hand-made folder (which may well have
     * an index.html of its own) is not taken for a generated site and deleted.
     */
    private static final List<String> EVERY_SITE_HAS = List.of("index.html", ".nojekyll", "api/stories.json");

    void check(BuildPaths paths) {
        Path out = paths.out();
        String shown = paths.display(out);
        if (out.getParent() == null) {
            refuse(shown, "is the root of the file system.");
        }
        for (Path kept : new Path[] {paths.content(), paths.templates()}) {
            if (out.equals(kept) || kept.startsWith(out) || out.startsWith(kept)) {
                refuse(shown, "overlaps " + paths.display(kept) + ", which the build must never change.");
            }
        }
        // Checked without following links: a symlink at --out would have the site written, and
        // the old site deleted, wherever it points; a device or FIFO would be deleted and replaced.
        if (Files.isSymbolicLink(out)) {
            refuse(shown, "is a symbolic link; the build never writes through one.");
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            refuse(shown, Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS)
                    ? "is a file, not a folder." : "is a device, a pipe or another special file, not a folder.");
        }
        if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS) && !isEmpty(out) && !isGeneratedSite(out)) {
            refuse(shown, "is a folder that holds files but not the " + String.join(", ", EVERY_SITE_HAS)
                    + " every generated site has, so it does not look like one; building would replace it.");
        }
    }

    private static boolean isGeneratedSite(Path folder) {
        return EVERY_SITE_HAS.stream().allMatch(file -> Files.isRegularFile(folder.resolve(file)));
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void refuse(String shown, String why) {
        throw ProblemsFound.of(Problem.error(shown, 0, "cannot be the output folder: it " + why,
                "Choose another folder with --out, such as site/."));
    }
}
