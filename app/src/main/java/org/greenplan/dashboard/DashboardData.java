package org.greenplan.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the dashboard draws, as its charts read it (JSON from {@code /leader/dashboard/data}). Every
 * {@link Count} carries the address of the list it opens; its number is that list's length.
 *
 * @param planId            the plan
 * @param planTitle         its title
 * @param periodId          the period statuses are read for, or null when the plan has none begun
 * @param periodLabel       its label ({@code 2022-06}), or null
 * @param on                the date statuses hold on
 * @param total             every task passing the filter
 * @param completionPercent completed tasks in % of the tasks not cancelled (one decimal), or null when none
 * @param statuses          one count per {@code TaskStatus}, in the enum's order
 * @param sections          per top-level heading, its tasks by status
 * @param units             per responsible unit, the tasks naming it by status
 * @param rankings          units ranked by red tasks, stagnant tasks and late reports in the period
 * @param periods           the plan's periods with statuses and timeliness; periods after {@code on} are gaps
 * @param indicators        one card per target of the tasks passing the filter
 */
public record DashboardData(
        long planId,
        String planTitle,
        Long periodId,
        String periodLabel,
        LocalDate on,
        Count total,
        BigDecimal completionPercent,
        List<Count> statuses,
        List<Breakdown> sections,
        List<Breakdown> units,
        List<Ranking> rankings,
        PeriodSeries periods,
        List<IndicatorCard> indicators) {

    /**
     * A number and the list it opens.
     *
     * @param key   what it counts (a status name, a timeliness, a unit id …)
     * @param label its name as shown
     * @param count the number, or null for a gap (a period not reached yet)
     * @param href  the list of the tasks counted, or null for a gap
     */
    public record Count(String key, String label, Integer count, String href) {}

    /**
     * A section's or a unit's tasks by status.
     *
     * @param id       the heading's or the unit's id
     * @param label    its name
     * @param total    its tasks
     * @param statuses one count per status, in the enum's order
     */
    public record Breakdown(long id, String label, Count total, List<Count> statuses) {}

    /**
     * Units ranked by one kind of lag, most first; units with none are left out.
     *
     * @param key   RED, STAGNANT or LATE (reports of the period submitted late or never: a unit that never
     *              reported ranks too, its missing reports the worse, listed first on a tie)
     * @param label what is counted
     * @param units one count per unit (key = unit id)
     * @param parts what each unit's count is made of, one series per part with one point per unit in the
     *              order of {@code units} (LATE: its late and its missing reports, which add up to the unit's
     *              count); empty when the count has no parts
     */
    public record Ranking(String key, String label, List<Count> units, List<Series> parts) {}

    /**
     * The plan's periods in order.
     *
     * @param labels     the periods' labels
     * @param statuses   per status, its count on each period's last day
     * @param timeliness per timeliness (ON_TIME, LATE, MISSING), the reports due in each period
     * @param onTimeRate per period, reports on time in % of those due (one decimal), null for a gap (the
     *                   period not ended by {@code on}, or nothing due)
     */
    public record PeriodSeries(
            List<String> labels, List<Series> statuses, List<Series> timeliness, List<BigDecimal> onTimeRate) {}

    /**
     * One line or bar series over the periods.
     *
     * @param key    a status or timeliness name
     * @param label  its name as shown
     * @param points one per period, count null for a gap
     */
    public record Series(String key, String label, List<Count> points) {}

    /**
     * A target's card: its value against the goal and the pace, with the months of the plan year.
     *
     * @param taskId     the task
     * @param taskNumber its printed number
     * @param indicator  what is measured (秸秆综合利用率)
     * @param target     the target as read ({@code ≥ 92%})
     * @param unit       the unit values are in ({@code %}, {@code 万千瓦}), or null
     * @param actual     the current approved value, or null when none is approved yet
     * @param goal       the level aimed at, or null
     * @param expected   the value expected on the date under the pacing, or null
     * @param light      the target's light (GREEN, YELLOW, RED, NOT_EVALUABLE)
     * @param lightLabel its name as shown
     * @param months     the plan year's months ({@code 2022-01} …)
     * @param reported   the approved value at each month's end, null where none (a gap)
     * @param pace       the expected value at each month's end, null where none
     * @param href       the task's page
     */
    public record IndicatorCard(
            long taskId,
            String taskNumber,
            String indicator,
            String target,
            String unit,
            BigDecimal actual,
            BigDecimal goal,
            BigDecimal expected,
            String light,
            String lightLabel,
            List<String> months,
            List<BigDecimal> reported,
            List<BigDecimal> pace,
            String href) {}
}
