package org.greenplan.progress.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenplan.progress.AttachmentStorage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps attachment bytes in PostgreSQL ({@code progress_attachment_content}), the default: every app
 * node sees them and a backup of the database holds them. The bytes are streamed from the checked file.
 */
public class DatabaseAttachmentStorage implements AttachmentStorage {
    private final JdbcTemplate jdbc;

    public DatabaseAttachmentStorage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "DATABASE";
    }

    @Override
    public void save(long attachmentId, Path checkedFile) throws IOException {
        long size = Files.size(checkedFile);
        try (InputStream in = Files.newInputStream(checkedFile)) {
            jdbc.update("insert into progress_attachment_content (attachment_id, content) values (?, ?)", ps -> {
                ps.setLong(1, attachmentId);
                ps.setBinaryStream(2, in, size);
            });
        }
    }

    @Override
    public InputStream open(long attachmentId) throws IOException {
        byte[] bytes = jdbc.queryForObject(
                "select content from progress_attachment_content where attachment_id = ?", byte[].class, attachmentId);
        if (bytes == null) {
            throw new IOException("no content for attachment " + attachmentId);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public void delete(long attachmentId) {
        jdbc.update("delete from progress_attachment_content where attachment_id = ?", attachmentId);
    }
}
