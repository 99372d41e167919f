package org.greenplan.supervision;

import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.audit.FieldChange;
import org.greenplan.shared.SupervisionInputsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves a plan's {@link SupervisionSettings} ({@code supervision_settings}). Saving is for the
 * office only (not an admin acting as a unit), checks the version the form was read at, and records one
 * audit row per changed field (entity {@code SUPERVISION_SETTINGS}) in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionSettingsStore {
    static final String ENTITY = "SUPERVISION_SETTINGS";

    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    SupervisionSettingsStore(
            JdbcClient jdbc, AuditTrail auditTrail, CurrentActor currentActor, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.currentActor = currentActor;
    }

    /** @return the plan's stored settings, or {@link SupervisionSettings#defaults} */
    public SupervisionSettings of(long planId) {
        return jdbc.sql("""
                        select stagnation_days, late_report_yellow, co_unit_reports, red_needs_explanation, version
                        from supervision_settings where plan_id = ?""")
                .param(planId)
                .query((rs, i) -> new SupervisionSettings(
                        planId, rs.getInt(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4), rs.getInt(5)))
                .optional()
                .orElseGet(() -> SupervisionSettings.defaults(planId));
    }

    /**
     * Saves the settings.
     *
     * @param settings the new settings; {@code version} is the one the form was read at
     * @return the settings as stored
     * @throws AccessDeniedException             unless the office
     * @throws SettingsRefusedException          when a value is out of range
     * @throws OptimisticLockingFailureException when someone saved them in between (nothing is changed)
     */
    @Transactional
    public SupervisionSettings save(SupervisionSettings settings) {
        Actor actor = currentActor.require();
        if (!actor.isOffice()) {
            throw new AccessDeniedException("office only: " + actor.username());
        }
        settings.check();
        SupervisionSettings before = of(settings.planId());
        if (before.version() != settings.version()) {
            throw new OptimisticLockingFailureException("supervision settings of plan " + settings.planId());
        }
        int rows = before.stored() ? update(settings) : insert(settings);
        if (rows != 1) {
            throw new OptimisticLockingFailureException("supervision settings of plan " + settings.planId());
        }
        auditTrail.recordChanges(
                AuditSubject.of(ENTITY, settings.planId()),
                "SUPERVISION_SETTINGS_CHANGED",
                changes(before, settings),
                null);
        // the rules' settings decide past periods' statuses too (停滞 days, a late report's colour)
        events.publishEvent(SupervisionInputsChanged.ofPlan(settings.planId()));
        return of(settings.planId());
    }

    private int insert(SupervisionSettings s) {
        return jdbc.sql("""
                        insert into supervision_settings (plan_id, stagnation_days, late_report_yellow, co_unit_reports,
                                                          red_needs_explanation)
                        values (?, ?, ?, ?, ?) on conflict (plan_id) do nothing""")
                .params(
                        s.planId(),
                        s.stagnationDays(),
                        s.lateReportYellow(),
                        s.coUnitReports(),
                        s.redNeedsExplanation())
                .update();
    }

    private int update(SupervisionSettings s) {
        return jdbc.sql("""
                        update supervision_settings set stagnation_days = ?, late_report_yellow = ?, co_unit_reports = ?,
                               red_needs_explanation = ?, version = version + 1
                        where plan_id = ? and version = ?""")
                .params(
                        s.stagnationDays(),
                        s.lateReportYellow(),
                        s.coUnitReports(),
                        s.redNeedsExplanation(),
                        s.planId(),
                        s.version())
                .update();
    }

    private static List<FieldChange> changes(SupervisionSettings a, SupervisionSettings b) {
        boolean fresh = !a.stored();
        return List.of(
                change("stagnationDays", fresh, a.stagnationDays(), b.stagnationDays()),
                change("lateReportYellow", fresh, a.lateReportYellow(), b.lateReportYellow()),
                change("coUnitReports", fresh, a.coUnitReports(), b.coUnitReports()),
                change("redNeedsExplanation", fresh, a.redNeedsExplanation(), b.redNeedsExplanation()));
    }

    private static FieldChange change(String field, boolean fresh, Object before, Object after) {
        return new FieldChange(field, fresh ? null : String.valueOf(before), String.valueOf(after));
    }
}
