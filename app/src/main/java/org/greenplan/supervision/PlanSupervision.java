package org.greenplan.supervision;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every task of a plan with its status on one date: the one source of the counts that the dashboard,
 * the ledger, the briefing and the assessment show.
 *
 * @param planId the plan
 * @param on     the date the statuses hold on (the office's time zone)
 * @param tasks  the plan's tasks in printed order
 */
public record PlanSupervision(long planId, LocalDate on, List<SupervisedTask> tasks) {

    public PlanSupervision {
        tasks = List.copyOf(tasks);
    }

    /** @return the tasks with the status, in printed order */
    public List<SupervisedTask> withStatus(TaskStatus status) {
        return tasks.stream().filter(t -> t.status() == status).toList();
    }

    /** @return the number of tasks with the status; always equals {@code withStatus(status).size()} */
    public int count(TaskStatus status) {
        return withStatus(status).size();
    }

    /** @return the count per status, every status present (0 where none) */
    public Map<TaskStatus, Integer> counts() {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            counts.put(s, count(s));
        }
        return counts;
    }

    /** @return the tasks that name the unit, in printed order */
    public List<SupervisedTask> ofUnit(long unitId) {
        return tasks.stream().filter(t -> t.names(unitId)).toList();
    }

    /** @return the tasks under the top-level heading, in printed order */
    public List<SupervisedTask> ofSection(long sectionId) {
        return tasks.stream()
                .filter(t -> t.sectionId() != null && t.sectionId() == sectionId)
                .toList();
    }
}
