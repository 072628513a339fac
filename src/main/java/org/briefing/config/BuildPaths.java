package org.briefing.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The three folders a build touches: it reads {@code content} and {@code templates} and writes only
 * {@code out}. All three are absolute and normalised.
 */
public record BuildPaths(Path content, Path templates, Path out) {

    public BuildPaths {
        content = Objects.requireNonNull(content, "content").toAbsolutePath().normalize();
        templates = Objects.requireNonNull(templates, "templates").toAbsolutePath().normalize();
        out = Objects.requireNonNull(out, "out").toAbsolutePath().normalize();
    }

    /** The folder of the project, used to show file names the way the user typed them. */
    public Path projectRoot() {
        Path parent = content.getParent();
        return parent == null ? content : parent;
    }

    /** {@code file} as the user would name it, e.g. {@code content/articles/x.md}. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = projectRoot();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
