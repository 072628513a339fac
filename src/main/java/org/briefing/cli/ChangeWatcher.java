package org.briefing.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and the folders inside them, including new ones) and calls back once a burst
 * of changes has settled, so saving several files rebuilds once.
 */
final class ChangeWatcher {

    private static final long SETTLE_MILLIS = 250;

    private final Path[] folders;

    ChangeWatcher(Path... folders) {
        this.folders = folders.clone();
    }

    /** Blocks, calling {@code onChange} after each settled burst of changes, until interrupted. */
    void watch(Runnable onChange) throws IOException, InterruptedException {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            for (Path folder : folders) {
                register(service, folder);
            }
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.take();
                drain(service, key);
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(service, more);
                }
                onChange.run();
            }
        }
    }

    private void drain(WatchService service, WatchKey key) throws IOException {
        Path folder = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name && Files.isDirectory(folder.resolve(name))) {
                register(service, folder.resolve(name));
            }
        }
        key.reset();
    }

    private static void register(WatchService service, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            }
        }
    }
}
