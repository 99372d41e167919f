package org.greenplan.assessment;

import java.util.List;
import org.greenplan.accounts.CurrentActor;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.audit.FieldChange;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves a plan's {@link ScoringRules} ({@code assessment_rules}); a plan without stored rules
 * uses {@link ScoringRules#defaults}. Saving is office-only, version-checked and audited field by field.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentRules {
    private final JdbcClient jdbc;
    private final AuditTrail auditTrail;
    private final CurrentActor currentActor;
    private final PlanCatalog catalog;

    AssessmentRules(JdbcClient jdbc, AuditTrail auditTrail, CurrentActor currentActor, PlanCatalog catalog) {
        this.jdbc = jdbc;
        this.auditTrail = auditTrail;
        this.currentActor = currentActor;
        this.catalog = catalog;
    }

    /**
     * @return the plan's stored rules, or the defaults
     * @throws NotFoundException when there is no such plan
     */
    public ScoringRules of(long planId) {
        catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
        return jdbc.sql("""
                select weight_attainment, weight_timeliness, weight_completeness, late_deduction, missing_deduction,
                       bonus_cap, version from assessment_rules where plan_id = ?""")
                .param(planId)
                .query((rs, i) -> new ScoringRules(
                        planId,
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getInt(7)))
                .optional()
                .orElseGet(() -> ScoringRules.defaults(planId));
    }

    /**
     * Saves the rules; one audit row per changed field, none when nothing changed.
     *
     * @param rules the new rules, whose {@code version} is the one the form was read at (-1 for none)
     * @throws AccessDeniedException              unless the office
     * @throws AssessmentRefusal                  when a value is out of range or the weights do not sum to 100
     * @throws OptimisticLockingFailureException when someone else saved them in between
     */
    @Transactional
    public void save(ScoringRules rules) {
        if (!currentActor.require().isOffice()) {
            throw new AccessDeniedException("only the office sets the scoring rules");
        }
        rules.check();
        ScoringRules before = of(rules.planId());
        if (before.version() != rules.version()) {
            throw new OptimisticLockingFailureException("scoring rules of plan " + rules.planId());
        }
        int rows = before.stored() ? update(rules) : insert(rules);
        if (rows != 1) {
            throw new OptimisticLockingFailureException("scoring rules of plan " + rules.planId());
        }
        auditTrail.recordChanges(
                AuditSubject.of("ASSESSMENT_RULES", rules.planId()),
                "ASSESSMENT_RULES_CHANGED",
                changes(before, rules),
                null);
    }

    private int insert(ScoringRules r) {
        return jdbc.sql("""
                insert into assessment_rules (plan_id, weight_attainment, weight_timeliness, weight_completeness,
                                              late_deduction, missing_deduction, bonus_cap)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (plan_id) do nothing""")
                .params(
                        r.planId(),
                        r.weightAttainment(),
                        r.weightTimeliness(),
                        r.weightCompleteness(),
                        r.lateDeduction(),
                        r.missingDeduction(),
                        r.bonusCap())
                .update();
    }

    private int update(ScoringRules r) {
        return jdbc.sql("""
                update assessment_rules set weight_attainment = ?, weight_timeliness = ?, weight_completeness = ?,
                       late_deduction = ?, missing_deduction = ?, bonus_cap = ?, version = version + 1
                where plan_id = ? and version = ?""")
                .params(
                        r.weightAttainment(),
                        r.weightTimeliness(),
                        r.weightCompleteness(),
                        r.lateDeduction(),
                        r.missingDeduction(),
                        r.bonusCap(),
                        r.planId(),
                        r.version())
                .update();
    }

    private static List<FieldChange> changes(ScoringRules a, ScoringRules b) {
        boolean fresh = !a.stored();
        return List.of(
                change("weightAttainment", fresh, a.weightAttainment(), b.weightAttainment()),
                change("weightTimeliness", fresh, a.weightTimeliness(), b.weightTimeliness()),
                change("weightCompleteness", fresh, a.weightCompleteness(), b.weightCompleteness()),
                change(
                        "lateDeduction",
                        fresh,
                        a.lateDeduction().toPlainString(),
                        b.lateDeduction().toPlainString()),
                change(
                        "missingDeduction",
                        fresh,
                        a.missingDeduction().toPlainString(),
                        b.missingDeduction().toPlainString()),
                change(
                        "bonusCap",
                        fresh,
                        a.bonusCap().toPlainString(),
                        b.bonusCap().toPlainString()));
    }

    private static FieldChange change(String field, boolean fresh, Object before, Object after) {
        return new FieldChange(field, fresh ? null : String.valueOf(before), String.valueOf(after));
    }
}
