package org.greenplan.targets;

/**
 * How the expected value moves over the plan year (进度节奏). The start is the baseline on 1 January (0
 * for a {@link Aggregation#SUM} target, which counts from nothing); the end is the goal on 31 December.
 */
public enum Pacing {
    /** Straight line: start + (goal − start) × t, t the share of the year elapsed (0 on 1 Jan, 1 on 31 Dec). */
    LINEAR,
    /** Slow start, fast finish (quadratic): start + (goal − start) × t². Suits projects that land late. */
    BACK_LOADED,
    /**
     * The office's milestone table: the expected value on a date is that of the last milestone on or
     * before it (a step, as in 6月底前完成50%); before the first milestone it is the start.
     */
    MILESTONES
}
