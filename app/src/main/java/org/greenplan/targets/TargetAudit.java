package org.greenplan.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.audit.FieldChange;
import org.greenplan.plan.view.TargetView;
import org.springframework.stereotype.Component;

/**
 * Writes the target panel's changes to the audit trail ({@code audit::AuditTrail}), as entity
 * {@code TARGET} belonging to its task: a value entered, corrected or withdrawn (field {@code value},
 * shown as {@code 2022-06-01: ≈88.5 %}, ≈ marking an approximate value), and each evaluation setting
 * that changed (baseline, aggregation, pacing, milestones, tolerance; nothing when none did). Called
 * inside the writing transaction.
 */
@Component
class TargetAudit {
    static final String ENTITY = "TARGET";
    private final AuditTrail trail;

    TargetAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void valueEntered(long taskId, TargetView target, LocalDate period, BigDecimal value, boolean approximate) {
        String entered = show(target, period, value, approximate);
        trail.recordChanges(
                subject(taskId, target), "VALUE_ENTERED", List.of(new FieldChange("value", null, entered)), null);
    }

    void valueCorrected(
            long taskId,
            TargetView target,
            Optional<ReportedValue> before,
            LocalDate period,
            BigDecimal value,
            boolean approximate,
            String reason) {
        String old = before.map(v -> show(target, v)).orElse(null);
        String corrected = show(target, period, value, approximate);
        trail.recordChanges(
                subject(taskId, target), "VALUE_CORRECTED", List.of(new FieldChange("value", old, corrected)), reason);
    }

    void valueWithdrawn(long taskId, TargetView target, Optional<ReportedValue> before, String reason) {
        String old = before.map(v -> show(target, v)).orElse(null);
        trail.recordChanges(
                subject(taskId, target), "VALUE_WITHDRAWN", List.of(new FieldChange("value", old, null)), reason);
    }

    /** @return how many settings changed (one row each) */
    int settingsChanged(long taskId, TargetView target, EvaluationSettings before, EvaluationSettings after) {
        List<FieldChange> changes = List.of(
                new FieldChange("baseline", number(before.baseline()), number(after.baseline())),
                new FieldChange("aggregation", name(before.aggregation()), name(after.aggregation())),
                new FieldChange("pacing", name(before.pacing()), name(after.pacing())),
                new FieldChange("milestones", milestones(before), milestones(after)),
                new FieldChange("tolerance", number(before.tolerance()), number(after.tolerance())));
        return trail.recordChanges(subject(taskId, target), "SETTINGS_CHANGED", changes, null);
    }

    /** @return the entry counted for {@code period} among {@code values}: the latest not withdrawn */
    static Optional<ReportedValue> counted(List<ReportedValue> values, LocalDate period) {
        return values.stream()
                .filter(v -> v.period().equals(period) && !v.withdrawn())
                .max(Comparator.comparing(ReportedValue::enteredAt).thenComparing(ReportedValue::id));
    }

    private static AuditSubject subject(long taskId, TargetView target) {
        return new AuditSubject(ENTITY, target.id(), taskId, null);
    }

    private static String show(TargetView target, ReportedValue value) {
        return show(target, value.period(), value.value(), value.approximate());
    }

    private static String show(TargetView target, LocalDate period, BigDecimal value, boolean approximate) {
        String unit = TargetTerms.of(target).levelUnit();
        return period + ": " + (approximate ? "≈" : "")
                + value.stripTrailingZeros().toPlainString() + (unit == null || unit.isBlank() ? "" : " " + unit);
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String milestones(EvaluationSettings settings) {
        String shown = settings.milestones().stream()
                .map(m -> m.date() + " " + number(m.value()))
                .collect(Collectors.joining("; "));
        return Objects.toString(shown.isEmpty() ? null : shown, null);
    }
}
