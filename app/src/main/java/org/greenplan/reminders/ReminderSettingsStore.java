package org.greenplan.reminders;

import java.util.List;
import java.util.Optional;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and saves {@link ReminderSettings}: one global row, optional rows per plan (audited, version-checked). */
@Service
@Transactional(readOnly = true)
public class ReminderSettingsStore {
    private static final String SELECT = """
            select plan_id, enabled, days_before, escalate_after, max_per_unit_day, version from reminder_settings""";
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ReminderSettingsStore(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** @return the global settings (a row the migration creates) */
    public ReminderSettings global() {
        return jdbc.sql(SELECT + " where plan_id is null")
                .query(ReminderSettingsStore::map)
                .single();
    }

    /** @return the plan's own settings, if the office set any */
    public Optional<ReminderSettings> ofPlan(long planId) {
        return jdbc.sql(SELECT + " where plan_id = ?")
                .param(planId)
                .query(ReminderSettingsStore::map)
                .optional();
    }

    /** @return the plan's own settings, else the global ones */
    public ReminderSettings effective(long planId) {
        return ofPlan(planId).orElseGet(this::global);
    }

    /** @return every plan's own settings */
    public List<ReminderSettings> planOverrides() {
        return jdbc.sql(SELECT + " where plan_id is not null order by plan_id")
                .query(ReminderSettingsStore::map)
                .list();
    }

    /**
     * Saves the settings (global when {@code planId} is null), checking the version read.
     *
     * @throws OptimisticLockingFailureException when someone saved them since
     */
    @Transactional
    public void save(ReminderSettings settings) {
        int changed = settings.planId() == null ? update(settings) : upsert(settings);
        if (changed == 0) {
            throw new OptimisticLockingFailureException("reminder settings changed meanwhile");
        }
        audit.record(
                new AuditSubject("REMINDER_SETTINGS", settings.planId() == null ? 0 : settings.planId(), null, null),
                "SAVE",
                settings.toString());
    }

    /** Removes a plan's own settings, so the global ones apply again. */
    @Transactional
    public void clear(long planId) {
        jdbc.sql("delete from reminder_settings where plan_id = ?")
                .param(planId)
                .update();
        audit.record(new AuditSubject("REMINDER_SETTINGS", planId, null, null), "CLEAR", null);
    }

    private int update(ReminderSettings s) {
        return jdbc.sql("""
                        update reminder_settings set enabled = ?, days_before = ?, escalate_after = ?,
                            max_per_unit_day = ?, version = version + 1
                        where plan_id is null and version = ?""")
                .params(s.enabled(), s.daysBefore(), s.escalateAfter(), s.maxPerUnitDay(), s.version())
                .update();
    }

    private int upsert(ReminderSettings s) {
        return jdbc.sql("""
                        insert into reminder_settings (plan_id, enabled, days_before, escalate_after, max_per_unit_day)
                        values (?, ?, ?, ?, ?)
                        on conflict (plan_id) do update set enabled = excluded.enabled,
                            days_before = excluded.days_before, escalate_after = excluded.escalate_after,
                            max_per_unit_day = excluded.max_per_unit_day, version = reminder_settings.version + 1
                        where reminder_settings.version = ?""")
                .params(s.planId(), s.enabled(), s.daysBefore(), s.escalateAfter(), s.maxPerUnitDay(), s.version())
                .update();
    }

    private static ReminderSettings map(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        long plan = row.getLong("plan_id");
        return new ReminderSettings(
                row.wasNull() ? null : plan,
                row.getBoolean("enabled"),
                row.getInt("days_before"),
                row.getInt("escalate_after"),
                row.getInt("max_per_unit_day"),
                row.getInt("version"));
    }
}
