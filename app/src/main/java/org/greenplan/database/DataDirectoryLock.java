package org.greenplan.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells whether another running GreenPlan owns the embedded data directory. The embedded server
 * library holds an exclusive lock on {@code epg-lock} in the data directory for as long as its JVM
 * lives; an operating-system lock dies with its process, so a held lock means a live owner and a free
 * lock means any postmaster still running there was orphaned by a killed app.
 */
final class DataDirectoryLock {
    static final String FILE = "epg-lock";

    private DataDirectoryLock() {}

    static boolean heldByAnotherProcess(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return true;
        }
    }
}
