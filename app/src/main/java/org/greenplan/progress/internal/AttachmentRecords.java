package org.greenplan.progress.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.greenplan.progress.Attachment;
import org.greenplan.progress.Stamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The metadata of evidence attachments ({@code progress_attachment}). Callers hold the transaction. */
@Repository
public class AttachmentRecords {
    private final JdbcClient jdbc;

    AttachmentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new attachment's id */
    public long insert(
            long reportId, String fileName, String mediaType, long size, String sha256, String storage, Stamp by) {
        return jdbc.sql("""
                        insert into progress_attachment (report_id, file_name, media_type, size_bytes, sha256, storage,
                            uploaded_by_id, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        reportId,
                        fileName,
                        mediaType,
                        size,
                        sha256,
                        storage,
                        by.userId(),
                        by.name(),
                        java.sql.Timestamp.from(by.at()))
                .query(Long.class)
                .single();
    }

    /** @return the attachments of a report, oldest first */
    public List<Attachment> ofReport(long reportId) {
        return jdbc.sql("select * from progress_attachment where report_id = ? order by uploaded_at, id")
                .param(reportId)
                .query((rs, i) -> map(rs))
                .list();
    }

    /** @return the attachment */
    public Optional<Attachment> find(long attachmentId) {
        return jdbc.sql("select * from progress_attachment where id = ?")
                .param(attachmentId)
                .query((rs, i) -> map(rs))
                .optional();
    }

    /** Deletes the metadata row. */
    public void delete(long attachmentId) {
        jdbc.sql("delete from progress_attachment where id = ?")
                .param(attachmentId)
                .update();
    }

    private static Attachment map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Attachment(
                rs.getLong("id"),
                rs.getLong("report_id"),
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256").strip(),
                new Stamp(
                        rs.getLong("uploaded_by_id"),
                        rs.getString("uploaded_by"),
                        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()));
    }
}
