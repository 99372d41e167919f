package org.greenplan.parser.targets;

import java.math.BigDecimal;

/**
 * The core of a target before its indicator is known: the comparator wording and quantity at
 * [start, end), e.g. 达到100% or 持续下降.
 *
 * @param side where the indicator is printed
 */
record Anchor(
        int start,
        int end,
        TargetComparator comparator,
        BigDecimal value,
        BigDecimal upperValue,
        String unit,
        IndicatorSide side) {

    /** Where the indicator of a target is printed relative to its anchor. */
    enum IndicatorSide {
        /** Before, as in 秸秆综合利用率达92%; the anchor is dropped when none is printed. */
        BEFORE,
        /** Before, or after when nothing but a verb precedes: 举办1次全市自然保护地管理培训班. */
        BEFORE_OR_AFTER,
        /** After, as the object of 消除: 坚决消除劣V类水体. */
        AFTER
    }

    /** An anchor without a value: direction-only and reference targets. */
    static Anchor withoutValue(int start, int end, TargetComparator comparator, IndicatorSide side) {
        return new Anchor(start, end, comparator, null, null, null, side);
    }
}
