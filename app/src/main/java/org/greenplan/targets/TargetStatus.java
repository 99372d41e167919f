package org.greenplan.targets;

/**
 * A target's traffic light (红黄绿灯) on an evaluation date. The exact rule is documented on
 * {@code org.greenplan.targets.internal.StatusRule}; in short: met or on pace → GREEN; behind by no more
 * than the tolerance → YELLOW; further behind → RED.
 */
public enum TargetStatus {
    /** Met, or on or ahead of the expected pace. */
    GREEN,
    /** Behind the expected pace (or the goal) by no more than the tolerance. */
    YELLOW,
    /** Behind by more than the tolerance, or a direction target moving the wrong way. */
    RED,
    /** 未可评价: see {@link Attainment#NOT_YET_EVALUABLE}. */
    NOT_EVALUABLE
}
