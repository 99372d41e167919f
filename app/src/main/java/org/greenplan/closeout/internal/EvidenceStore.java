package org.greenplan.closeout.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.greenplan.closeout.Evidence;
import org.greenplan.progress.EvidenceFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Evidence files of close-out requests in PostgreSQL ({@code closeout_evidence}): every app node sees them
 * and a database backup holds them. Bytes are streamed in from the checked temporary file.
 */
@Repository
public class EvidenceStore {
    private static final String SELECT = "select id, request_id, file_name, media_type, size_bytes, sha256,"
            + " uploaded_at, uploaded_by from closeout_evidence";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    EvidenceStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Stores a checked file under the request, in the caller's transaction. */
    public void insert(long requestId, EvidenceFiles.CheckedFile file, String by, Instant at) {
        try (InputStream in = file.open()) {
            template.update("""
                    insert into closeout_evidence (request_id, file_name, media_type, size_bytes, sha256, uploaded_at,
                        uploaded_by, content) values (?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
                ps.setLong(1, requestId);
                ps.setString(2, file.fileName());
                ps.setString(3, file.mediaType());
                ps.setLong(4, file.size());
                ps.setString(5, file.sha256());
                ps.setTimestamp(6, Timestamp.from(at));
                ps.setString(7, by);
                ps.setBinaryStream(8, in, file.size());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return request id → its evidence in upload order */
    public Map<Long, List<Evidence>> ofRequests(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(SELECT + " where request_id = any (?) order by id")
                .param(requestIds.toArray(Long[]::new))
                .query(EvidenceStore::map)
                .list()
                .stream()
                .collect(Collectors.groupingBy(Evidence::requestId));
    }

    /** @return one evidence file's metadata */
    public Optional<Evidence> find(long evidenceId) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(evidenceId)
                .query(EvidenceStore::map)
                .optional();
    }

    /** @return its bytes; the caller closes the stream */
    public InputStream open(long evidenceId) {
        byte[] bytes = jdbc.sql("select content from closeout_evidence where id = ?")
                .param(evidenceId)
                .query(byte[].class)
                .single();
        return new ByteArrayInputStream(bytes);
    }

    private static Evidence map(ResultSet rs, int i) throws SQLException {
        return new Evidence(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant(),
                rs.getString(8));
    }
}
