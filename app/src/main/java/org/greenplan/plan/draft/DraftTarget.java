package org.greenplan.plan.draft;

import java.math.BigDecimal;
import org.greenplan.plan.view.Comparison;

/**
 * A target of a draft task.
 *
 * @param indicator  what is measured, e.g. 秸秆综合利用率
 * @param comparator how reported values are compared
 * @param value      target value in the canonical unit, or null for direction/reference targets
 * @param upperValue upper bound of a BETWEEN target, else null
 * @param unit       canonical unit code ({@code %}, {@code pp}, {@code kW}, {@code 家}…), or null
 * @param phrase     the phrase as printed
 * @param spanStart  offset of the phrase in the task text, inclusive
 * @param spanEnd    offset of the phrase in the task text, exclusive
 */
public record DraftTarget(
        String indicator,
        Comparison comparator,
        BigDecimal value,
        BigDecimal upperValue,
        String unit,
        String phrase,
        int spanStart,
        int spanEnd) {}
