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
    /**
     * A level target without a baseline (≥ 92 % with none given): from the first value reported in the
     * plan year, standing at the end of its month (a June value is where June ended), linearly to the
     * goal at 31 December.
     */
    FIRST_VALUE,
    /** From the office's milestone table. */
    MILESTONES,
    /** A level target with neither a baseline nor a reported value yet: the first report starts the pace. */
    NEEDS_VALUE,
    /** A change target (增加1个百分点, 下降13.5%) has no goal until the office enters the baseline. */
    NEEDS_BASELINE,
    /** A direction or reference target (持续提高, 达到国家考核要求): there is no level to pace towards. */
    NO_LEVEL
}
