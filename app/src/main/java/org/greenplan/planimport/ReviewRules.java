package org.greenplan.planimport;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.greenplan.parser.targets.TargetUnits;
import org.greenplan.plan.draft.AssignmentEdit;
import org.greenplan.plan.draft.TargetEdit;
import org.greenplan.plan.draft.TaskEdit;
import org.greenplan.plan.view.Comparison;

/**
 * The rules a review correction must meet before it is stored; each refusal is a
 * {@link DraftEditException} whose message says why, in the office's words.
 */
final class ReviewRules {
    private static final Set<Comparison> NO_VALUE =
            EnumSet.of(Comparison.INCREASE, Comparison.DECREASE, Comparison.REFERENCE);

    private ReviewRules() {}

    /** Text not blank; an open deadline has no date. */
    static void checkTask(TaskEdit edit) {
        if (edit.text() == null || edit.text().isBlank()) {
            throw new DraftEditException("draft.textEmpty");
        }
        if (edit.deadlineOpen() && edit.deadline() != null) {
            throw new DraftEditException("draft.openWithDate");
        }
    }

    /** At least one unit, none twice, roles LEAD, CO or RESPONSIBLE. */
    static void checkAssignments(List<AssignmentEdit> units) {
        if (units.isEmpty()) {
            throw new DraftEditException("draft.noUnits");
        }
        if (units.stream().map(AssignmentEdit::unitId).distinct().count() < units.size()) {
            throw new DraftEditException("draft.duplicateUnit");
        }
        for (AssignmentEdit unit : units) {
            if (!List.of("LEAD", "CO", "RESPONSIBLE").contains(unit.role())) {
                throw new DraftEditException("draft.unknownRole", String.valueOf(unit.role()));
            }
        }
    }

    /** Both parts of a split non-blank. */
    static void checkSplit(String text, int at) {
        if (at <= 0
                || at >= text.length()
                || text.substring(0, at).isBlank()
                || text.substring(at).isBlank()) {
            throw new DraftEditException("draft.splitEmpty");
        }
    }

    /**
     * Indicator, comparator and (unless a direction or reference) value present; a standard unit ({@link
     * TargetUnits#isCode}: a canonical code or a unit of intensity such as {@code tce/万元}); sane numbers.
     */
    static void checkTarget(TargetEdit t) {
        if (t.indicator() == null || t.indicator().isBlank()) {
            throw new DraftEditException("draft.target.noIndicator");
        }
        if (t.comparator() == null) {
            throw new DraftEditException("draft.target.noComparator", t.indicator());
        }
        if (!NO_VALUE.contains(t.comparator()) && t.value() == null) {
            throw new DraftEditException("draft.target.noValue", t.indicator());
        }
        if (t.unit() != null
                && !t.unit().isBlank()
                && !TargetUnits.isCode(t.unit().strip())) {
            throw new DraftEditException(
                    "draft.target.unit", t.indicator(), t.unit(), String.join("、", TargetUnits.codes()));
        }
        if (tooLarge(t.value()) || tooLarge(t.upperValue())) {
            throw new DraftEditException("draft.target.tooLarge", t.indicator());
        }
        if (t.comparator() == Comparison.BETWEEN
                && (t.upperValue() == null || t.upperValue().compareTo(t.value()) < 0)) {
            throw new DraftEditException("draft.target.range", t.indicator());
        }
    }

    private static boolean tooLarge(java.math.BigDecimal value) {
        return value != null && value.abs().compareTo(java.math.BigDecimal.TEN.pow(15)) >= 0;
    }
}
