package org.greenplan.assessment;

import java.math.BigDecimal;

/**
 * One responsible unit's computed score with its breakdown (得分明细). Task counts are those of
 * {@code supervision::PlanSupervision#ofUnit} on the scoring date; report counts are the unit's cells of
 * {@code progress::SubmissionMatrix} summed over the periods scored.
 *
 * @param unitId           the {@code responsible_unit}
 * @param unitName         its name
 * @param tasks            the tasks naming it
 * @param green            of those, 绿
 * @param yellow           黄
 * @param red              红
 * @param stagnant         停滞
 * @param completed        已完成
 * @param cancelled        已取消 (left out of attainment and completeness)
 * @param targetsMet       targets of its scored tasks met on approved values
 * @param targetsJudged    targets of its scored tasks that could be judged (met or not met)
 * @param reportsExpected  reports due of it over the periods scored (those not yet due left out)
 * @param reportsOnTime    of those, submitted on time
 * @param reportsLate      submitted late
 * @param reportsMissing   not submitted
 * @param approvedTasks    scored tasks for which it has an approved report
 * @param attainment       target attainment in percent (0–100)
 * @param timeliness       timeliness in percent (0–100): on-time reports / expected reports
 * @param completeness     completeness in percent (0–100): approved tasks / scored tasks
 * @param lateDeduction    points deducted for late reports
 * @param missingDeduction points deducted for missing reports
 * @param computed         the score in points before any bonus, never below 0
 */
public record UnitScore(
        long unitId,
        String unitName,
        int tasks,
        int green,
        int yellow,
        int red,
        int stagnant,
        int completed,
        int cancelled,
        int targetsMet,
        int targetsJudged,
        int reportsExpected,
        int reportsOnTime,
        int reportsLate,
        int reportsMissing,
        int approvedTasks,
        BigDecimal attainment,
        BigDecimal timeliness,
        BigDecimal completeness,
        BigDecimal lateDeduction,
        BigDecimal missingDeduction,
        BigDecimal computed) {

    /** @return the tasks that count for attainment and completeness (all but the cancelled ones) */
    public int scoredTasks() {
        return tasks - cancelled;
    }
}
