package org.greenplan.targets;

/**
 * Where the expected value (今日应达) of a target starts from, or why there is none. Shown beside the
 * expected value so that a missing one is never a silent "—".
 */
public enum PaceBasis {
    /** From the office's baseline at 1 January. */
    BASELINE,
    /** A SUM target counts from 0 at 1 January. */
    ZERO,
    /** From the office's milestone table. */
    MILESTONES,
    /**
     * A level target without a baseline (≥ 92 % with none given), paced from its first reported value: a
     * line from that value at the end of its month (or on the day measured) to the goal at the task's
     * deadline, or at the end of the plan year when the task has none (85 % reported for March, ≥ 92 % by
     * 31 December → 87.32 % expected on 30 June).
     */
    FIRST_VALUE,
    /**
     * A level target with neither a baseline nor a reported value yet: nothing to pace from. The page says
     * that the first reported value (or a baseline) is needed.
     */
    NEEDS_VALUE,
    /**
     * A level target without a baseline whose first reported value is dated on or after the deadline (the
     * first report came in at the end): there is no span left to pace over; the light compares the
     * current value with the goal itself, and the page says that a baseline enables pacing.
     */
    GOAL_ONLY,
    /** A change target (增加1个百分点, 下降13.5%) has no goal until the office enters the baseline. */
    NEEDS_BASELINE,
    /** A direction or reference target (持续提高, 达到国家考核要求): there is no level to pace towards. */
    NO_LEVEL
}
