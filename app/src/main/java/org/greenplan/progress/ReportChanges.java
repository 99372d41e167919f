package org.greenplan.progress;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.audit.FieldChange;
import org.greenplan.plan.view.TargetView;
import org.greenplan.plan.view.TaskView;

/** The audit trail's field changes between two contents of a report; values are named by indicator. */
final class ReportChanges {
    private ReportChanges() {}

    static List<FieldChange> between(ReportContent before, ReportContent after, TaskView task) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("progress", blankToNull(before.progress()), blankToNull(after.progress())));
        changes.add(new FieldChange("problems", blankToNull(before.problems()), blankToNull(after.problems())));
        changes.add(new FieldChange("nextSteps", blankToNull(before.nextSteps()), blankToNull(after.nextSteps())));
        changes.add(new FieldChange("completion", text(before.completion()), text(after.completion())));
        for (TargetView target : task.targets()) {
            changes.add(new FieldChange(
                    "value:" + target.indicator(), typed(before, target.id()), typed(after, target.id())));
        }
        return changes.stream().filter(FieldChange::changed).toList();
    }

    private static String typed(ReportContent content, long targetId) {
        ReportValue value = content.valueFor(targetId);
        return value == null ? null : value.typed();
    }

    private static String text(Integer completion) {
        return completion == null ? null : completion + "%";
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
