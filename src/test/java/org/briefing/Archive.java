package org.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.config.BuildPaths;

/**
 * A small archive written into a temporary folder for one test: {@code ROOT/content/articles/…}
 * and, when asked for, {@code ROOT/content/site.yml}. Builds read the project's own templates and
 * write to {@code ROOT/site}.
 *
 * <pre>{@code
 * Archive archive = Archive.in(tempDir).article("a.md", "---\ntitle: A\n---\nText.\n");
 * }</pre>
 */
public final class Archive {

    private final Path root;

    private Archive(Path root) {
        this.root = root;
    }

    /** An archive with an empty {@code content/articles/} folder inside {@code root}. */
    public static Archive in(Path root) {
        Archive archive = new Archive(root);
        archive.createFolder(archive.articles());
        return archive;
    }

    /** Writes {@code content/articles/NAME} as UTF-8; NAME may hold folders. */
    public Archive article(String name, String text) {
        return articleBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public Archive articleBytes(String name, byte[] bytes) {
        write(articles().resolve(name), bytes);
        return this;
    }

    /** Writes {@code content/entities/NAME}, an entry of the entity registry. */
    public Archive entity(String name, String text) {
        write(content().resolve("entities").resolve(name), text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Writes {@code content/site.yml}. */
    public Archive settings(String yaml) {
        write(content().resolve("site.yml"), yaml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Writes {@code content/sources.yml}. */
    public Archive sources(String yaml) {
        write(content().resolve("sources.yml"), yaml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path articles() {
        return content().resolve("articles");
    }

    public Path out() {
        return root.resolve("site");
    }

    public BuildPaths paths() {
        return new BuildPaths(content(), TestPaths.templates(), out());
    }

    /** Arguments that make {@code build} read this archive and write {@code ROOT/site}. */
    public String[] buildArguments(String... more) {
        String[] fixed = {"build", "--content=" + content(), "--templates=" + TestPaths.templates(), "--out=" + out()};
        String[] all = new String[fixed.length + more.length];
        System.arraycopy(fixed, 0, all, 0, fixed.length);
        System.arraycopy(more, 0, all, fixed.length, more.length);
        return all;
    }

    private void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
