package org.greenplan.accounts.admin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Import previews in {@code admin_import_preview}, so that any app node can show and confirm them. */
@Repository
class PreviewStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ImportRow>> ROWS = new TypeReference<>() {};
    private final JdbcClient jdbc;

    PreviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(ImportPreview preview, Long createdBy) {
        jdbc.sql("delete from admin_import_preview where expires_at < now()").update();
        jdbc.sql("""
                        insert into admin_import_preview (token, kind, file_name, rows_json, created_by, expires_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        preview.token(),
                        preview.kind().name(),
                        preview.fileName(),
                        JSON.writeValueAsString(preview.rows()),
                        createdBy,
                        Timestamp.from(preview.expiresAt()))
                .update();
    }

    Optional<ImportPreview> find(String token) {
        return jdbc.sql("""
                        select token, kind, file_name, rows_json, expires_at, confirmed_at is not null
                        from admin_import_preview where token = ?""")
                .param(token)
                .query((rs, i) -> new ImportPreview(
                        rs.getString(1),
                        ImportKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        JSON.readValue(rs.getString(4), ROWS),
                        rs.getTimestamp(5).toInstant(),
                        rs.getBoolean(6)))
                .optional();
    }

    void updateRows(String token, List<ImportRow> rows) {
        jdbc.sql("update admin_import_preview set rows_json = ? where token = ?")
                .params(JSON.writeValueAsString(rows), token)
                .update();
    }

    /** @return whether this call confirmed it (false when already confirmed or expired): at most one call wins */
    boolean markConfirmed(String token, Instant now) {
        return jdbc.sql("""
                                update admin_import_preview set confirmed_at = ?
                                where token = ? and confirmed_at is null and expires_at > ?""")
                        .params(Timestamp.from(now), token, Timestamp.from(now))
                        .update()
                == 1;
    }
}
