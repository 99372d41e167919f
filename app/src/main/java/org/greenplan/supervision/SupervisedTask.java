package org.greenplan.supervision;

import java.time.LocalDate;
import java.util.List;
import org.greenplan.progress.PlanTimeliness;

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
 * @param dueReports     per responsible unit the status rules read (the lead unit always, co-units unless the
 *                       plan's {@link SupervisionSettings#coUnitReports} is off), its report slot of the latest
 *                       period due for it on {@link PlanSupervision#on()}: its own due date (lead or co-unit
 *                       date, or a granted extension) has passed or the office closed the period. These are the
 *                       slots {@code REPORT_MISSING} and {@code REPORT_LATE} name; the ledger's reporting note
 *                       reads them too. In the task's unit order; empty before any period is due for a unit.
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
        List<org.greenplan.targets.TrackedTarget> targets,
        List<PlanTimeliness.Slot> dueReports) {

    public SupervisedTask {
        path = List.copyOf(path);
        unitIds = List.copyOf(unitIds);
        reasons = List.copyOf(reasons);
        targets = List.copyOf(targets);
        dueReports = List.copyOf(dueReports);
    }

    /** A supervised task read without its report slots (a closed period's stored result, a test's value). */
    public SupervisedTask(
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
        this(
                planId,
                taskId,
                number,
                path,
                text,
                sectionId,
                unitIds,
                leadUnitId,
                status,
                reason,
                reasons,
                lastUpdate,
                targets,
                List.of());
    }

    /** @return whether the unit is one of the task's responsible units */
    public boolean names(long unitId) {
        return unitIds.contains(unitId);
    }
}
