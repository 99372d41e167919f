package org.greenplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks a document argument before it is read. */
final class InputFile {
    private InputFile() {}

    /** @return why {@code file} cannot be read as a document (folder, missing), or empty when it can */
    static Optional<String> problem(Path file) {
        if (Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(CliMessages.text(Files.isDirectory(file) ? "cli.isFolder" : "cli.noSuchFile", file));
    }
}
