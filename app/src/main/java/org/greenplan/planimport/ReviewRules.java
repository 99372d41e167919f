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
            throw new DraftEditException("任务内容不能为空");
        }
        if (edit.deadlineOpen() && edit.deadline() != null) {
            throw new DraftEditException("长期任务不能同时设置完成日期");
        }
    }

    /** At least one unit, none twice, roles LEAD, CO or RESPONSIBLE. */
    static void checkAssignments(List<AssignmentEdit> units) {
        if (units.isEmpty()) {
            throw new DraftEditException("每项任务至少要有一个责任单位");
        }
        if (units.stream().map(AssignmentEdit::unitId).distinct().count() < units.size()) {
            throw new DraftEditException("同一单位不能重复列出");
        }
        for (AssignmentEdit unit : units) {
            if (!List.of("LEAD", "CO", "RESPONSIBLE").contains(unit.role())) {
                throw new DraftEditException("未知的单位角色：" + unit.role());
            }
        }
    }

    /** Both parts of a split non-blank. */
    static void checkSplit(String text, int at) {
        if (at <= 0
                || at >= text.length()
                || text.substring(0, at).isBlank()
                || text.substring(at).isBlank()) {
            throw new DraftEditException("拆分位置不对：拆分后两部分都不能为空");
        }
    }

    /** Indicator, comparator and (unless a direction or reference) value present; a standard unit; sane numbers. */
    static void checkTarget(TargetEdit t) {
        if (t.indicator() == null || t.indicator().isBlank()) {
            throw new DraftEditException("目标缺少指标名称");
        }
        if (t.comparator() == null) {
            throw new DraftEditException("目标“" + t.indicator() + "”缺少比较方式");
        }
        if (!NO_VALUE.contains(t.comparator()) && t.value() == null) {
            throw new DraftEditException("目标“" + t.indicator() + "”缺少目标值");
        }
        if (t.unit() != null
                && !t.unit().isBlank()
                && !TargetUnits.codes().contains(t.unit().strip())) {
            throw new DraftEditException(
                    "目标“" + t.indicator() + "”的单位“" + t.unit() + "”不是标准写法，可用：" + String.join("、", TargetUnits.codes()));
        }
        if (tooLarge(t.value()) || tooLarge(t.upperValue())) {
            throw new DraftEditException("目标“" + t.indicator() + "”的数值过大（不超过 10 的 15 次方）");
        }
        if (t.comparator() == Comparison.BETWEEN
                && (t.upperValue() == null || t.upperValue().compareTo(t.value()) < 0)) {
            throw new DraftEditException("目标“" + t.indicator() + "”的区间上限须不小于下限");
        }
    }

    private static boolean tooLarge(java.math.BigDecimal value) {
        return value != null && value.abs().compareTo(java.math.BigDecimal.TEN.pow(15)) >= 0;
    }
}
