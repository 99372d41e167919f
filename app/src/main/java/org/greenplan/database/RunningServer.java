package org.greenplan.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * The PostgreSQL server another running GreenPlan started on our data directory, read from
 * {@code postmaster.pid} (line 4 holds its port).
 */
final class RunningServer {
    private static final int PORT_LINE = 3;

    private RunningServer() {}

    static OptionalInt port(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return OptionalInt.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.size() > PORT_LINE
                    ? OptionalInt.of(Integer.parseInt(lines.get(PORT_LINE).trim()))
                    : OptionalInt.empty();
        } catch (NumberFormatException garbled) {
            return OptionalInt.empty();
        }
    }
}
