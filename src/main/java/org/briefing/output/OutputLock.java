package org.briefing.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;

/**
 * One build at a time per output folder: an operating-system lock on a small file beside it
 * ({@code .site.lock} for {@code site/}). The system releases it when the process ends, however it
 * ends, so a killed build never leaves the folder locked.
 */
final class OutputLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param shown the output folder as the user names it, for the message
     * @throws ProblemsFound when another build holds the lock
     */
    static OutputLock take(Path file, String shown) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // this process already builds into the folder, on another thread
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw ProblemsFound.of(Problem.error(shown, 0, "is being written by another build right now.",
                    "Wait for it to finish (or stop it), then build again."));
        }
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock; the process ending does too
        }
    }
}
