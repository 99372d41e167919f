package org.greenplan.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server left running on our data directory.
 *
 * <p>When the JVM is killed with {@code kill -9}, its embedded postmaster is orphaned and keeps the
 * data directory locked, so the next start would fail. PostgreSQL's {@code postmaster.pid} names the
 * process on its first line; if that process is still a {@code postgres} process we ask it to shut
 * down (SIGTERM: smart shutdown, which finishes at once because its client, the old JVM, is gone) and
 * force it after a grace period. PostgreSQL itself then recovers from its write-ahead log.
 */
final class StalePostmaster {
    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private StalePostmaster() {}

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> process =
                pid(pidFile).flatMap(ProcessHandle::of).filter(StalePostmaster::isPostgres);
        if (process.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = process.get();
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", postmaster.pid(), dataDir);
        postmaster.destroy();
        try {
            postmaster.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notStopped) {
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        }
    }

    private static Optional<Long> pid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException garbled) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info()
                .command()
                .map(c -> c.endsWith("postgres") || c.endsWith("postmaster"))
                .orElse(false);
    }
}
