package org.greenplan.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenplan.assessment.ScoringRules;
import org.greenplan.assessment.UnitScore;
import org.greenplan.progress.SubmissionMatrix;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.TaskStatus;
import org.greenplan.targets.Attainment;

/**
 * The scoring arithmetic, pure Java. For one unit:
 * <ul>
 *   <li>attainment %: the mean of its scored tasks' status points (绿 and 已完成 100, 黄 60, 停滞 40, 红 0)
 *       pooled with its judged targets (met 100, not met 0), each judged target counting like one more task,
 *       so that one unmet target among many tasks does not halve the score;</li>
 *   <li>timeliness %: on-time reports / reports due over the periods scored (100 when none due; a report not
 *       yet due, e.g. under an extension, is left out);</li>
 *   <li>completeness %: scored tasks with an approved report of the unit (a period ending by the scoring
 *       date) / scored tasks (100 when none);</li>
 *   <li>score: the weighted sum, minus the deductions per late and per missing report, never below 0.</li>
 * </ul>
 * Cancelled tasks are left out of attainment and completeness; percentages and points have two decimals,
 * rounded half up.
 */
public final class ScoreCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoreCalculator() {}

    /**
     * @param rules         the scoring rules
     * @param unitId        the unit
     * @param unitName      its name
     * @param tasks         the tasks naming it, with their status on the scoring date
     * @param targets       task id → its targets' attainment on the scoring date (approved values only)
     * @param cells         its cells of the submission matrices of the periods scored
     * @param approvedTasks ids of tasks for which the unit has an approved report of a period scored
     * @return the unit's score with its breakdown
     */
    public static UnitScore score(
            ScoringRules rules,
            long unitId,
            String unitName,
            List<SupervisedTask> tasks,
            Map<Long, List<Attainment>> targets,
            Collection<SubmissionMatrix.Cell> cells,
            Set<Long> approvedTasks) {
        List<SupervisedTask> scored =
                tasks.stream().filter(t -> t.status() != TaskStatus.CANCELLED).toList();
        int met = 0;
        int judged = 0;
        int points = 0;
        int approved = 0;
        for (SupervisedTask task : scored) {
            points += statusPoints(task.status());
            approved += approvedTasks.contains(task.taskId()) ? 1 : 0;
            for (Attainment a : targets.getOrDefault(task.taskId(), List.of())) {
                met += a == Attainment.MET ? 1 : 0;
                judged += a == Attainment.NOT_YET_EVALUABLE ? 0 : 1;
            }
        }
        BigDecimal attainment = percent(points + 100L * met, (scored.size() + (long) judged) * 100L);
        // a report not due yet (an extension past the period's grace date) is neither expected nor missing
        List<SubmissionMatrix.Cell> due = cells.stream()
                .filter(c -> SubmissionMatrix.Timeliness.DUE.contains(c.timeliness()))
                .toList();
        int onTime = count(due, SubmissionMatrix.Timeliness.ON_TIME);
        int late = count(due, SubmissionMatrix.Timeliness.LATE);
        int missing = count(due, SubmissionMatrix.Timeliness.MISSING);
        BigDecimal timeliness = percent(onTime, due.size());
        BigDecimal completeness = percent(approved, scored.size());
        BigDecimal lateDeduction = rules.lateDeduction().multiply(BigDecimal.valueOf(late));
        BigDecimal missingDeduction = rules.missingDeduction().multiply(BigDecimal.valueOf(missing));
        BigDecimal computed = weighted(rules.weightAttainment(), attainment)
                .add(weighted(rules.weightTimeliness(), timeliness))
                .add(weighted(rules.weightCompleteness(), completeness))
                .subtract(lateDeduction)
                .subtract(missingDeduction)
                .max(BigDecimal.ZERO)
                .setScale(2, RoundingMode.HALF_UP);
        return new UnitScore(
                unitId,
                unitName,
                tasks.size(),
                countStatus(tasks, TaskStatus.GREEN),
                countStatus(tasks, TaskStatus.YELLOW),
                countStatus(tasks, TaskStatus.RED),
                countStatus(tasks, TaskStatus.STAGNANT),
                countStatus(tasks, TaskStatus.COMPLETED),
                countStatus(tasks, TaskStatus.CANCELLED),
                met,
                judged,
                due.size(),
                onTime,
                late,
                missing,
                approved,
                attainment,
                timeliness,
                completeness,
                lateDeduction.setScale(2, RoundingMode.HALF_UP),
                missingDeduction.setScale(2, RoundingMode.HALF_UP),
                computed);
    }

    /**
     * @param weights the three weights (attainment, timeliness, completeness), summing to 100
     * @param percents the three percentages, in the same order
     * @return the weighted sum in points, two decimals
     */
    public static BigDecimal weightedSum(int[] weights, BigDecimal[] percents) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < weights.length; i++) {
            sum = sum.add(weighted(weights[i], percents[i]));
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }

    /** @return the points a task's status gives towards attainment, out of 100 */
    public static int statusPoints(TaskStatus status) {
        return switch (status) {
            case GREEN, COMPLETED -> 100;
            case YELLOW -> 60;
            case STAGNANT -> 40;
            case RED, CANCELLED -> 0;
        };
    }

    private static BigDecimal weighted(int weight, BigDecimal percent) {
        return BigDecimal.valueOf(weight).multiply(percent).divide(HUNDRED, 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return HUNDRED.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static int count(Collection<SubmissionMatrix.Cell> cells, SubmissionMatrix.Timeliness timeliness) {
        return (int) cells.stream().filter(c -> c.timeliness() == timeliness).count();
    }

    private static int countStatus(List<SupervisedTask> tasks, TaskStatus status) {
        return (int) tasks.stream().filter(t -> t.status() == status).count();
    }
}
