package org.greenplan.plan.draft;

import java.math.BigDecimal;
import org.greenplan.plan.view.Comparison;

/**
 * A target as the office set it in review.
 *
 * @param indicator  what is measured; must not be blank
 * @param comparator how values are compared
 * @param value      target value in the canonical unit; required except for INCREASE, DECREASE and REFERENCE
 * @param upperValue upper bound, required for BETWEEN
 * @param unit       canonical unit code ({@code %}, {@code pp}, {@code kW}, {@code 家}…), or null
 * @param phrase     the phrase as printed; highlighted in the task text where it occurs
 */
public record TargetEdit(
        String indicator, Comparison comparator, BigDecimal value, BigDecimal upperValue, String unit, String phrase) {}
