package org.greenplan.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of evidence attachments live: PostgreSQL by default (shared by every app node), or a
 * directory ({@code greenplan.attachments.storage=directory}, {@code greenplan.attachments.directory}),
 * which must be shared when several nodes run.
 */
public interface AttachmentStorage {

    /** @return the name stored in {@code progress_attachment.storage}: DATABASE or DIRECTORY */
    String kind();

    /** Stores the checked file's bytes under the attachment's id, in the caller's transaction. */
    void save(long attachmentId, Path checkedFile) throws IOException;

    /** @return the bytes; the caller closes the stream */
    InputStream open(long attachmentId) throws IOException;

    /** Removes the bytes (the metadata row goes in the same transaction). */
    void delete(long attachmentId) throws IOException;
}
