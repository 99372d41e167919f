package org.greenplan.accounts.admin;

import java.time.Instant;
import java.util.List;

/**
 * An uploaded sheet, checked row by row and not stored, waiting for the office's confirmation. Confirming
 * stores every row or none: while any row has a problem nothing is stored.
 *
 * @param token     the random key of the preview
 * @param expiresAt after this moment it can no longer be confirmed
 * @param confirmed whether it was already confirmed (and stored)
 */
public record ImportPreview(
        String token, ImportKind kind, String fileName, List<ImportRow> rows, Instant expiresAt, boolean confirmed) {
    public ImportPreview {
        rows = List.copyOf(rows);
    }

    /** @return how many rows have a problem */
    public long rowsWithProblems() {
        return rows.stream().filter(row -> !row.problems().isEmpty()).count();
    }

    /** @return how many rows would be stored */
    public long rowsToStore() {
        return rows.stream().filter(ImportRow::stored).count();
    }

    /** @return whether confirming would store the rows: no problem, at least one row, not yet confirmed */
    public boolean confirmable() {
        return !confirmed && rowsWithProblems() == 0 && rowsToStore() > 0;
    }
}
