package org.greenplan.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * One task's supervision on a date.
 *
 * @param planId         the plan
 * @param taskId         the task
 * @param number         its printed number, e.g. {@code 10}
 * @param path           its printed numbering chain, e.g. {@code [一, （三）, 10]}
 * @param text           the task text without number and unit clause
 * @param sectionId      the top-level heading (一、…) it sits under, or null when the plan has none
 * @param unitIds        its responsible units in printed order (lead first where the plan marks one)
 * @param leadUnitId     its lead unit (牵头单位), or the first responsible unit when none is marked; null
 *                       when the task names no unit
 * @param status         its status on {@link PlanSupervision#on()}
 * @param reason         the rule that produced the status
 * @param reasons        every rule that applied, worst first (the first is {@code reason})
 * @param lastUpdate     the end of the latest period with an approved report, or null when none
 * @param targets        its targets as evaluated for the status (approved values, on {@link PlanSupervision#on()}),
 *                       in text order; empty when the task has none. Readers take values and attainment from
 *                       here instead of evaluating again, so they show what the status was computed from.
 */
public record SupervisedTask(
        long planId,
        long taskId,
        String number,
        List<String> path,
        String text,
        Long sectionId,
        List<Long> unitIds,
        Long leadUnitId,
        TaskStatus status,
        StatusReason reason,
        List<StatusReason> reasons,
        LocalDate lastUpdate,
        List<org.greenplan.targets.TrackedTarget> targets) {

    public SupervisedTask {
        path = List.copyOf(path);
        unitIds = List.copyOf(unitIds);
        reasons = List.copyOf(reasons);
        targets = List.copyOf(targets);
    }

    /** @return whether the unit is one of the task's responsible units */
    public boolean names(long unitId) {
        return unitIds.contains(unitId);
    }
}
