package org.greenplan.targets.internal;

import java.math.BigDecimal;
import org.greenplan.targets.Attainment;
import org.greenplan.targets.TargetStatus;

/**
 * The traffic light of a target on a date (红黄绿灯). In this order:
 * <ol>
 *   <li>NOT_EVALUABLE when the attainment is NOT_YET_EVALUABLE;</li>
 *   <li>GREEN when the goal is met;</li>
 *   <li>direction targets (持续提高, 持续下降) that are not met: YELLOW when the current value equals the
 *       baseline, RED when it moved the wrong way;</li>
 *   <li>the <em>reference</em> is the expected value on the date under the pacing, or the goal itself
 *       when no pace can be computed (a rate with no baseline); the <em>shortfall</em> is how far the
 *       current value lies behind the reference in the better direction (reference − current when higher
 *       is better, current − reference when lower is better);</li>
 *   <li>GREEN when the reference is not the goal (the year is under way) and the shortfall ≤ 0: on or
 *       ahead of pace. Standing exactly at the goal of a strict target (82 against &gt; 82) is not met,
 *       so it is never GREEN;</li>
 *   <li>YELLOW when the shortfall ≤ tolerance × scale, with scale = |goal − start| (the planned change)
 *       when the start of the pace (the baseline, 0 for SUM, or the first reported value) is known and
 *       differs from the goal, else |goal|;</li>
 *   <li>RED otherwise.</li>
 * </ol>
 * Example: baseline 86, goal ≥ 92, linear, 30 June 2022 → expected 86 + 6 × 180/364 = 88.967; a current
 * 88 falls short by 0.967; with tolerance 0.10 the band is 0.6 → RED, with 0.20 it is 1.2 → YELLOW.
 * Without a baseline, first value 83 for April, ≥ 92 by 31 December: expected 83 + 9 × 61/245 = 85.24 on
 * 30 June; a current 84 falls short by 1.24, the band is 0.9 → RED.
 */
final class StatusRule {
    private StatusRule() {}

    static TargetStatus judge(Situation s, BigDecimal tolerance) {
        if (s.attainment() == Attainment.NOT_YET_EVALUABLE) {
            return TargetStatus.NOT_EVALUABLE;
        }
        if (s.attainment() == Attainment.MET) {
            return TargetStatus.GREEN;
        }
        if (s.goal() == null) {
            return s.baseline() == null
                    ? TargetStatus.NOT_EVALUABLE
                    : s.actual().compareTo(s.baseline()) == 0 ? TargetStatus.YELLOW : TargetStatus.RED;
        }
        BigDecimal level = s.goal().level();
        BigDecimal reference = s.expected() != null ? s.expected() : level;
        BigDecimal shortfall =
                s.goal().lowerIsBetter() ? s.actual().subtract(reference) : reference.subtract(s.actual());
        if (reference.compareTo(level) != 0 && shortfall.signum() <= 0) {
            return TargetStatus.GREEN;
        }
        return shortfall.compareTo(tolerance.multiply(scale(s))) <= 0 ? TargetStatus.YELLOW : TargetStatus.RED;
    }

    private static BigDecimal scale(Situation s) {
        BigDecimal level = s.goal().level();
        if (s.paceStart() != null && s.paceStart().compareTo(level) != 0) {
            return level.subtract(s.paceStart()).abs();
        }
        return level.abs();
    }
}
