package org.greenplan.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Who started the embedded server on a data directory: the web server ({@code serve}) or a command
 * ({@code command}), with its process id. Written beside the data directory ({@code pg.owner}) once the
 * server runs. Only a web server is worth attaching to: it stays up, while a command's server stops
 * when the command ends.
 *
 * @param role {@code serve} or {@code command}
 * @param pid  the owning process
 */
record DataDirectoryOwner(String role, long pid) {
    static final String SERVE = "serve";

    static Path file(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".owner");
    }

    static Optional<DataDirectoryOwner> read(Path dataDir) throws IOException {
        Path file = file(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String[] parts = Files.readString(file).trim().split("\\s+");
        try {
            return parts.length == 2
                    ? Optional.of(new DataDirectoryOwner(parts[0], Long.parseLong(parts[1])))
                    : Optional.empty();
        } catch (NumberFormatException garbled) {
            return Optional.empty();
        }
    }

    void write(Path dataDir) throws IOException {
        Files.writeString(file(dataDir), role + " " + pid + "\n");
    }

    boolean isLiveServer() {
        return SERVE.equals(role)
                && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
