package org.greenplan.planimport.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.greenplan.plan.view.TaskView;

/** Which fields of a stale task form differ from the version someone else saved. */
final class StaleComparison {
    private StaleComparison() {}

    /**
     * @param typed  the form as the user sent it
     * @param theirs the task as it is saved now
     * @return message keys of the differing fields ({@code review.stale.field.text}, {@code .deadline},
     *         {@code .units}, {@code .targets}), in form order; empty when the user typed the same
     */
    static List<String> changedFields(TaskForm typed, TaskView theirs) {
        TaskForm saved = TaskForm.of(theirs);
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(strip(SplitMarker.remove(strip(typed.getText()))), strip(saved.getText()))) {
            changed.add("review.stale.field.text");
        }
        if (!deadline(typed).equals(deadline(saved))) {
            changed.add("review.stale.field.deadline");
        }
        if (!units(typed).equals(units(saved))) {
            changed.add("review.stale.field.units");
        }
        if (!targets(typed).equals(targets(saved))) {
            changed.add("review.stale.field.targets");
        }
        return changed;
    }

    private static String deadline(TaskForm form) {
        var edit = form.taskEdit();
        return edit.deadline() + "|" + edit.deadlineOpen() + "|" + strip(edit.deadlinePhrase());
    }

    private static List<String> units(TaskForm form) {
        return form.unitLines().stream()
                .filter(u -> u.name() != null && !u.name().isBlank())
                .map(u -> u.name().strip() + "/" + u.role())
                .toList();
    }

    private static List<String> targets(TaskForm form) {
        return form.targetEdits().stream()
                .map(t -> t.indicator().strip() + "|" + t.comparator() + "|" + plain(t.value()) + "|"
                        + plain(t.upperValue()) + "|" + strip(t.unit()) + "|" + strip(t.phrase()))
                .toList();
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
