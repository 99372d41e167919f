package org.greenplan.progress.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.greenplan.progress.AttachmentStorage;

/**
 * Keeps attachment bytes as files named by the attachment's id in a directory
 * ({@code greenplan.attachments.directory}); with several app nodes the directory must be shared.
 */
public class DirectoryAttachmentStorage implements AttachmentStorage {
    private final Path directory;

    public DirectoryAttachmentStorage(Path directory) {
        this.directory = directory;
    }

    @Override
    public String kind() {
        return "DIRECTORY";
    }

    @Override
    public void save(long attachmentId, Path checkedFile) throws IOException {
        Files.createDirectories(directory);
        Path partial = directory.resolve(attachmentId + ".part");
        Files.copy(checkedFile, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, file(attachmentId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public InputStream open(long attachmentId) throws IOException {
        return Files.newInputStream(file(attachmentId));
    }

    @Override
    public void delete(long attachmentId) throws IOException {
        Files.deleteIfExists(file(attachmentId));
    }

    private Path file(long attachmentId) {
        return directory.resolve(Long.toString(attachmentId));
    }
}
