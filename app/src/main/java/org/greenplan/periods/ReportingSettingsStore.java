package org.greenplan.periods;

import java.util.List;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.audit.FieldChange;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and saves a plan's reporting settings ({@code reporting_settings}); saving is office-only and audited. */
@Service
@Transactional(readOnly = true)
public class ReportingSettingsStore {
    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;
    private final CurrentActor currentActor;

    ReportingSettingsStore(JdbcClient jdbc, AuditTrail auditTrail, CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.currentActor = currentActor;
    }

    /** @return the plan's stored settings, or {@link ReportingSettings#defaults} */
    public ReportingSettings of(long planId) {
        return jdbc.sql("""
                select periodicity, due_day, due_month, grace_days, co_unit_lead_days, shift, unit_leader_approval,
                       version from reporting_settings where plan_id = ?""")
                .param(planId)
                .query((rs, i) -> new ReportingSettings(
                        planId,
                        Periodicity.valueOf(rs.getString(1)),
                        rs.getInt(2),
                        DueMonth.valueOf(rs.getString(3)),
                        rs.getInt(4),
                        rs.getInt(5),
                        DueShift.valueOf(rs.getString(6)),
                        rs.getBoolean(7),
                        rs.getInt(8)))
                .optional()
                .orElseGet(() -> ReportingSettings.defaults(planId));
    }

    /**
     * Saves the settings; one audit row per changed field.
     *
     * @param settings the new settings, whose {@code version} is the one the form was read at (-1 for none)
     * @throws PeriodRefusal                      when a value is out of range
     * @throws OptimisticLockingFailureException when someone else saved them in between
     */
    @Transactional
    public void save(ReportingSettings settings) {
        Office.require(currentActor);
        settings.check();
        ReportingSettings before = of(settings.planId());
        if (before.version() != settings.version()) {
            throw new OptimisticLockingFailureException("reporting settings of plan " + settings.planId());
        }
        int rows = before.stored() ? update(settings) : insert(settings);
        if (rows != 1) {
            throw new OptimisticLockingFailureException("reporting settings of plan " + settings.planId());
        }
        auditTrail.recordChanges(
                AuditSubject.of("REPORTING_SETTINGS", settings.planId()),
                "REPORTING_SETTINGS_CHANGED",
                changes(before, settings),
                null);
    }

    private int insert(ReportingSettings s) {
        return jdbc.sql("""
                insert into reporting_settings (plan_id, periodicity, due_day, due_month, grace_days, co_unit_lead_days,
                                                shift, unit_leader_approval)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (plan_id) do nothing""")
                .params(
                        s.planId(),
                        s.periodicity().name(),
                        s.dueDay(),
                        s.dueMonth().name(),
                        s.graceDays(),
                        s.coUnitLeadDays(),
                        s.shift().name(),
                        s.unitLeaderApproval())
                .update();
    }

    private int update(ReportingSettings s) {
        return jdbc.sql("""
                update reporting_settings set periodicity = ?, due_day = ?, due_month = ?, grace_days = ?,
                       co_unit_lead_days = ?, shift = ?, unit_leader_approval = ?, version = version + 1
                where plan_id = ? and version = ?""")
                .params(
                        s.periodicity().name(),
                        s.dueDay(),
                        s.dueMonth().name(),
                        s.graceDays(),
                        s.coUnitLeadDays(),
                        s.shift().name(),
                        s.unitLeaderApproval(),
                        s.planId(),
                        s.version())
                .update();
    }

    private static List<FieldChange> changes(ReportingSettings a, ReportingSettings b) {
        boolean fresh = !a.stored();
        return List.of(
                change("periodicity", fresh, a.periodicity(), b.periodicity()),
                change("dueDay", fresh, a.dueDay(), b.dueDay()),
                change("dueMonth", fresh, a.dueMonth(), b.dueMonth()),
                change("graceDays", fresh, a.graceDays(), b.graceDays()),
                change("coUnitLeadDays", fresh, a.coUnitLeadDays(), b.coUnitLeadDays()),
                change("shift", fresh, a.shift(), b.shift()),
                change("unitLeaderApproval", fresh, a.unitLeaderApproval(), b.unitLeaderApproval()));
    }

    private static FieldChange change(String field, boolean fresh, Object before, Object after) {
        return new FieldChange(field, fresh ? null : String.valueOf(before), String.valueOf(after));
    }
}
