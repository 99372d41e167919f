package org.greenplan.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.plan.view.TaskView;
import org.greenplan.plan.view.UnitTaskCount;
import org.greenplan.progress.SubmissionMatrix;
import org.springframework.stereotype.Component;

/**
 * Which units still miss which reports in a period, read from {@code progress::SubmissionMatrix} (a report
 * counts as missing until it is submitted, whether or not it is due yet: a unit is reminded before its due
 * date too; a draft is missing).
 */
@Component
class MissingReports {
    /** The scheduler reads the matrix as the office does. */
    static final Actor SCHEDULER = new Actor(0, "greenplan", "GreenPlan", null, Set.of(Role.OFFICE_ADMIN), false);

    private static final int TEXT = 40;
    private final SubmissionMatrix matrix;

    MissingReports(SubmissionMatrix matrix) {
        this.matrix = matrix;
    }

    /** @return one entry per unit with at least one missing report, in the matrix's unit order */
    List<UnitDue> of(long planId, long periodId) {
        SubmissionMatrix.Matrix m = matrix.of(SCHEDULER, planId, periodId);
        Map<Long, String> names = new LinkedHashMap<>();
        for (UnitTaskCount unit : m.units()) {
            names.put(unit.unitId(), unit.name());
        }
        List<UnitDue> due = new ArrayList<>();
        for (Map.Entry<Long, String> unit : names.entrySet()) {
            LocalDate earliest = null;
            List<String> lines = new ArrayList<>();
            for (TaskView task : m.tasks()) {
                SubmissionMatrix.Cell cell = m.cell(unit.getKey(), task.id());
                if (cell != null && cell.timeliness().outstanding()) {
                    LocalDate on = cell.due().dueOn();
                    earliest = earliest == null || on.isBefore(earliest) ? on : earliest;
                    lines.add(task.number() + ". " + shorten(task.text()));
                }
            }
            if (earliest != null) {
                due.add(new UnitDue(unit.getKey(), unit.getValue(), earliest, lines));
            }
        }
        return due;
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= TEXT ? line : line.substring(0, TEXT) + "…";
    }
}
