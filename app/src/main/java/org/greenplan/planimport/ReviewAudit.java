package org.greenplan.planimport;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.audit.FieldChange;
import org.greenplan.plan.view.TargetView;
import org.greenplan.plan.view.TaskView;
import org.springframework.stereotype.Component;

/**
 * Writes review corrections to the audit trail ({@code audit::AuditTrail}) as entity {@code TASK}:
 * a saved task's changed fields (text, deadline, units with their roles, targets) with old and new
 * values, and nothing when a save changed nothing; a merge, a split, and discarding a draft as actions.
 * Called inside {@link ReviewService}'s transaction.
 */
@Component
class ReviewAudit {
    private final AuditTrail trail;

    ReviewAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** @return how many fields changed (one row each) */
    int saved(TaskView before, TaskView after) {
        List<FieldChange> changes = List.of(
                new FieldChange("text", before.text(), after.text()),
                new FieldChange("deadline", deadline(before), deadline(after)),
                new FieldChange("units", units(before), units(after)),
                new FieldChange("targets", targets(before), targets(after)));
        return trail.recordChanges(subject(after), "TASK_EDITED", changes, null);
    }

    void merged(TaskView task, Optional<TaskView> next) {
        trail.record(
                subject(task),
                "TASK_MERGED",
                next.map(n -> n.number() + " " + n.text()).orElse(null),
                null);
    }

    void split(TaskView task, Optional<TaskView> created) {
        trail.record(
                subject(task),
                "TASK_SPLIT",
                created.map(c -> c.number() + " " + c.text()).orElse(null),
                null);
    }

    void discarded(long planId, String described) {
        trail.record(AuditSubject.of("PLAN", planId), "DRAFT_DISCARDED", described, null);
    }

    private static AuditSubject subject(TaskView task) {
        return new AuditSubject("TASK", task.id(), task.id(), null);
    }

    private static String deadline(TaskView task) {
        if (task.deadlineOpen()) {
            return Objects.toString(task.deadlinePhrase(), "open");
        }
        return task.deadline() == null ? null : task.deadline().toString();
    }

    private static String units(TaskView task) {
        return blankToNull(task.units().stream()
                .map(u -> u.printedName() + " (" + u.role() + ")")
                .collect(Collectors.joining("; ")));
    }

    private static String targets(TaskView task) {
        return blankToNull(task.targets().stream().map(ReviewAudit::target).collect(Collectors.joining("; ")));
    }

    private static String target(TargetView t) {
        String range = t.upperValue() == null ? plain(t.value()) : plain(t.value()) + "–" + plain(t.upperValue());
        return Objects.toString(t.indicator(), "") + " " + t.comparator() + " " + range + " "
                + Objects.toString(t.unit(), "");
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
