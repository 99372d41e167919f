package org.greenplan.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The one check every evidence upload (佐证材料) passes, for progress reports and for other modules'
 * evidence alike (e.g. close-out requests): the file name cleaned of any folder, the bytes received into a
 * temporary file while counting (refused as soon as they pass {@code greenplan.attachments.max-bytes}, 20 MB
 * by default), the type told from the content (pdf, docx, xlsx, jpg, png) and matched to the extension, and
 * the {@link VirusScanner}.
 */
@Component
public class EvidenceFiles {
    private final VirusScanner scanner;
    private final long maxBytes;

    EvidenceFiles(
            ObjectProvider<VirusScanner> scanner, @Value("${greenplan.attachments.max-bytes:20MB}") DataSize maxBytes) {
        this.scanner = scanner.getIfAvailable(() -> (file, name) -> null);
        this.maxBytes = maxBytes.toBytes();
    }

    /** @return the size limit of one file, in bytes */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Receives and checks one upload.
     *
     * @param fileName the name as uploaded (its extension must match the content)
     * @param content  the bytes, read once as a stream; the caller closes it
     * @return the checked file; close it to delete the temporary copy
     * @throws AttachmentRefusedException when empty, too large, of a type not accepted, lying about its type,
     *                                    or refused by the scanner; nothing is kept
     * @throws UncheckedIOException       when the temporary file cannot be written or the scanner not reached
     */
    public CheckedFile check(String fileName, InputStream content) {
        String name = cleanName(fileName);
        UploadCheck.Received received = null;
        try {
            received = UploadCheck.receive(name, content, maxBytes);
            String threat = scanner.findThreat(received.file(), name);
            if (threat != null) {
                throw new AttachmentRefusedException("progress.attachment.infected", name, threat);
            }
            return new CheckedFile(name, received.file(), received.size(), received.sha256(), received.mediaType());
        } catch (IOException e) {
            delete(received);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(received);
            throw e;
        }
    }

    /** The file name without any folder a browser sent with it. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "attachment" : name;
    }

    private static void delete(UploadCheck.Received received) {
        if (received != null) {
            deleteQuietly(received.file());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            file.toFile().deleteOnExit();
        }
    }

    /**
     * An upload that passed every check, in a temporary file until closed.
     *
     * @param fileName  the cleaned name
     * @param file      the temporary file holding the bytes
     * @param size      bytes
     * @param sha256    lower-case hex
     * @param mediaType the type detected from the content (application/pdf, image/png …)
     */
    public record CheckedFile(String fileName, Path file, long size, String sha256, String mediaType)
            implements AutoCloseable {

        /** @return the bytes; the caller closes the stream */
        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }

        /** Deletes the temporary file. */
        @Override
        public void close() {
            deleteQuietly(file);
        }
    }
}
