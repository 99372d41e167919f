package org.greenplan.targets;

/** Whether the current value meets the target (达标), judged with the target's own comparator. */
public enum Attainment {
    /** The current value satisfies the comparator (82 meets ≥ 82 but not &gt; 82). */
    MET,
    /** The current value does not satisfy it (yet). */
    NOT_MET,
    /**
     * Nothing to judge: no value reported yet, a reference target (达到国家考核要求), or a direction or
     * change target (持续下降, 增加1个百分点) without a baseline.
     */
    NOT_YET_EVALUABLE
}
