package org.greenplan.accounts.admin;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.NoSuchElementException;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.audit.AuditTrail;
import org.greenplan.audit.FieldChange;
import org.greenplan.organisation.UnitContact;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.organisation.UnitRecord;
import org.greenplan.organisation.UnitRegister;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Bulk import of units or users from Excel (批量导入). An upload is checked row by row and kept as a
 * preview (nothing stored) for {@value #EXPIRY_HOURS} hours; confirming stores all rows in one transaction,
 * or none while any row has a problem. A preview is confirmed at most once, even when confirmed twice at the
 * same moment on two app nodes. Created users get one-time passwords, returned once.
 */
@Service
public class BulkImports {
    static final int EXPIRY_HOURS = 2;
    private final PreviewStore previews;
    private final UserAdministration users;
    private final UnitRegister units;
    private final UnitDirectory directory;
    private final AuditTrail audit;
    private final CurrentActor currentActor;
    private final TransactionTemplate transaction;
    private final RoleNames roleNames;
    private final SheetReader reader;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final OfficeOnly officeOnly;

    BulkImports(
            PreviewStore previews,
            UserAdministration users,
            UnitRegister units,
            UnitDirectory directory,
            AuditTrail audit,
            CurrentActor currentActor,
            TransactionTemplate transaction,
            MessageSource messages,
            Clock clock,
            OfficeOnly officeOnly,
            @Value("${greenplan.admin.import.max-bytes:5MB}") DataSize maxBytes) {
        this.previews = previews;
        this.users = users;
        this.units = units;
        this.directory = directory;
        this.audit = audit;
        this.currentActor = currentActor;
        this.transaction = transaction;
        this.roleNames = new RoleNames(messages);
        this.reader = new SheetReader(maxBytes.toBytes());
        this.clock = clock;
        this.officeOnly = officeOnly;
    }

    /**
     * Reads and checks an uploaded .xlsx and keeps it as a preview; stores no unit and no user.
     *
     * @return the preview, every row with its problems (column letters named)
     * @throws AccountRefusal when the file is too large, no .xlsx, or has too many rows
     */
    public ImportPreview upload(ImportKind kind, String fileName, InputStream content) {
        officeOnly.require();
        List<ImportRow> rows = check(kind, reader.read(content, kind));
        byte[] token = new byte[24];
        random.nextBytes(token);
        ImportPreview preview = new ImportPreview(
                Base64.getUrlEncoder().withoutPadding().encodeToString(token),
                kind,
                fileName == null || fileName.isBlank() ? "upload.xlsx" : fileName,
                rows,
                clock.instant().plus(Duration.ofHours(EXPIRY_HOURS)),
                false);
        previews.save(preview, currentActor.find().map(Actor::userId).orElse(null));
        return preview;
    }

    /** @throws NoSuchElementException when there is no such preview */
    public ImportPreview preview(String token) {
        officeOnly.require();
        return previews.find(token).orElseThrow(() -> new NoSuchElementException("no import preview " + token));
    }

    /**
     * Stores every row of a preview in one transaction, after checking the rows again (the directory may have
     * changed since the upload).
     *
     * @throws AccountRefusal {@code import.alreadyConfirmed}, {@code import.expired}, {@code import.hasProblems}
     *                        (the rows' problems are then kept in the preview), or a rule a row breaks
     */
    public ImportResult confirm(String token) {
        officeOnly.require();
        ImportPreview preview = preview(token);
        if (preview.confirmed()) {
            throw AccountRefusal.of(null, "import.alreadyConfirmed");
        }
        if (!preview.expiresAt().isAfter(clock.instant())) {
            throw AccountRefusal.of(null, "import.expired");
        }
        try {
            return transaction.execute(status -> store(preview));
        } catch (RowsChanged changed) {
            previews.updateRows(token, changed.rows);
            throw AccountRefusal.of(null, "import.hasProblems");
        }
    }

    /**
     * Marks the preview confirmed first (its row lock makes a concurrent confirmation wait and then find it
     * done), checks the rows again (the directory may have changed since the upload) and stores them.
     */
    private ImportResult store(ImportPreview preview) {
        if (!previews.markConfirmed(preview.token(), clock.instant())) {
            throw AccountRefusal.of(null, "import.alreadyConfirmed");
        }
        List<ImportRow> rows = check(
                preview.kind(), preview.rows().stream().map(BulkImports::asRead).toList());
        if (rows.stream().anyMatch(row -> !row.problems().isEmpty())) {
            throw new RowsChanged(rows);
        }
        try {
            return preview.kind() == ImportKind.USERS ? storeUsers(rows) : storeUnits(rows);
        } catch (DuplicateKeyException e) {
            throw AccountRefusal.of(null, "import.conflict");
        }
    }

    private ImportResult storeUsers(List<ImportRow> rows) {
        UserRowChecks checks = userChecks();
        List<CreatedUser> created = new ArrayList<>();
        rows.stream().filter(ImportRow::stored).forEach(row -> created.add(users.create(checks.draft(row))));
        return new ImportResult(ImportKind.USERS, created, 0, 0);
    }

    private ImportResult storeUnits(List<ImportRow> rows) {
        long region = directory.defaultRegion().id();
        int created = 0;
        int updated = 0;
        for (ImportRow row : rows.stream().filter(ImportRow::stored).toList()) {
            if ("UPDATE".equals(row.action())) {
                updateUnit(units.find(region, row.cell(0)).orElseThrow(), region, row);
                updated++;
            } else {
                long id = units.register(region, row.cell(0), UnitRowChecks.aliases(row), UnitRowChecks.contact(row));
                audit.recordChanges(UnitContacts.subject(id), "CREATED", unitChanges(null, units.unit(id)), null);
                created++;
            }
        }
        return new ImportResult(ImportKind.UNITS, List.of(), created, updated);
    }

    private void updateUnit(long unitId, long region, ImportRow row) {
        UnitRecord before = units.unit(unitId);
        units.addAliases(unitId, region, UnitRowChecks.aliases(row));
        UnitContact typed = UnitRowChecks.contact(row);
        UnitContact contact = new UnitContact(
                typed.name() != null ? typed.name() : before.contact().name(),
                typed.phone() != null ? typed.phone() : before.contact().phone(),
                typed.email() != null ? typed.email() : before.contact().email());
        units.updateContact(unitId, before.version(), contact);
        audit.recordChanges(UnitContacts.subject(unitId), "IMPORTED", unitChanges(before, units.unit(unitId)), null);
    }

    private static List<FieldChange> unitChanges(UnitRecord before, UnitRecord after) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("name", before == null ? null : before.name(), after.name()));
        changes.add(new FieldChange(
                "aliases",
                before == null ? null : String.join("、", before.aliases()),
                String.join("、", after.aliases())));
        changes.addAll(UnitContacts.changes(before == null ? UnitContact.NONE : before.contact(), after.contact()));
        return changes;
    }

    private List<ImportRow> check(ImportKind kind, List<ImportRow> rows) {
        return kind == ImportKind.USERS
                ? userChecks().check(rows)
                : new UnitRowChecks(units, directory.defaultRegion().id()).check(rows);
    }

    private UserRowChecks userChecks() {
        return new UserRowChecks(
                users, units, roleNames, directory.defaultRegion().id());
    }

    /** The row as read from the sheet: its cells and the problems of the reading (formula cells). */
    private static ImportRow asRead(ImportRow row) {
        return new ImportRow(
                row.row(),
                row.cells(),
                row.problems().stream()
                        .filter(p -> p.code().equals("import.cell.formula"))
                        .toList(),
                "CREATE");
    }

    /** Rows that have problems now (the directory or the users changed since the upload). */
    private static final class RowsChanged extends RuntimeException {
        private final transient List<ImportRow> rows;

        RowsChanged(List<ImportRow> rows) {
            super("rows changed since the upload", null, false, false);
            this.rows = rows;
        }
    }
}
