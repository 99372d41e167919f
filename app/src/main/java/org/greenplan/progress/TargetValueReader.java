package org.greenplan.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.greenplan.plan.view.TargetView;

/**
 * Reads a value typed for a target with the target panel's rules (约92% flagged approximate, N/A
 * refused, magnitude cap, % against pp, a negative rate refused). Implemented by the targets module, so
 * that a report and the panel read values alike while this module does not depend on that one.
 */
public interface TargetValueReader {

    /**
     * @param target    the target the value is reported for
     * @param typed     the value as typed; not blank
     * @param confirmed whether the user confirmed a doubtful value (0.92 against ≥ 92 %)
     * @return the value read, or the problem; never throws on odd input
     */
    Reading read(TargetView target, String typed, boolean confirmed);

    /**
     * What a report enters for each target, by the target's aggregation (汇总方式, the office's choice or the
     * default for its indicator and unit): this period's increase where the periods' values are summed, else
     * the value at the period's end. One statement for all of them.
     *
     * @param targets some targets
     * @return target id → its entry; every target asked for is present
     */
    Map<Long, ValueEntry> entries(List<TargetView> targets);

    /** What a report's value for a target is. */
    enum ValueEntry {
        /** This period's increase (本期新增): the target sums the periods' values (逐月累计). */
        INCREMENT,
        /** The value at the period's end (截至本期末): a year-to-date total or a level; the latest or largest counts. */
        LEVEL
    }

    /**
     * @param value       the value in the target's level unit, or null when refused
     * @param approximate whether marked approximate
     * @param problem     why it was refused (or asks for confirmation), or null when read
     */
    record Reading(BigDecimal value, boolean approximate, FieldProblem problem) {

        /** @return a value read */
        public static Reading of(BigDecimal value, boolean approximate) {
            return new Reading(value, approximate, null);
        }

        /** @return a refusal */
        public static Reading refused(String key, List<String> arguments) {
            return new Reading(null, false, new FieldProblem(key, arguments));
        }

        /** @return whether the value may be stored */
        public boolean accepted() {
            return problem == null && value != null;
        }
    }
}
