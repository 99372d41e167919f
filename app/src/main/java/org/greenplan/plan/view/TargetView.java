package org.greenplan.plan.view;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A task's target as stored.
 *
 * @param id         target id
 * @param indicator  what is measured, e.g. 秸秆综合利用率
 * @param comparator how reported values are compared
 * @param value      target value in the canonical unit ({@code unit}), or null for direction/reference targets
 * @param upperValue upper bound of a BETWEEN target, else null
 * @param unit       canonical unit code ({@code %}, {@code pp}, {@code kW}, {@code 家}…), or null
 * @param phrase     the phrase as printed
 * @param spanStart  offset of the phrase in the task text, inclusive
 * @param spanEnd    offset of the phrase in the task text, exclusive
 */
public record TargetView(
        long id,
        String indicator,
        Comparison comparator,
        BigDecimal value,
        BigDecimal upperValue,
        String unit,
        String phrase,
        int spanStart,
        int spanEnd) {

    /**
     * @return a one-line reading in the locale's language, such as {@code 秸秆综合利用率 ≥ 92%} or
     *         {@code 湿地保护率 增加 1 个百分点}
     */
    public String display(MessageSource messages, Locale locale) {
        return TargetDisplay.format(this, messages, locale);
    }

    /**
     * @return the reading without the indicator and without a {@link #documentUnit() document unit}
     *         ({@code ≥ 92%}, {@code ≥ 2}); a reference target's phrase
     */
    public String measure(MessageSource messages, Locale locale) {
        return TargetDisplay.measure(this, messages, locale, false);
    }

    /**
     * @return the unit as the document counts it ({@code 家}, {@code 万千瓦}), shown as it is in every
     *         language; null for none, {@code %} and percentage points (whose words come from the bundles)
     */
    public String documentUnit() {
        return unit == null || "%".equals(unit) || "pp".equals(unit) ? null : unit;
    }

    /** @return true when the indicator is shown before the {@link #measure measure} (all but reference targets) */
    public boolean hasIndicator() {
        return comparator != Comparison.REFERENCE;
    }
}
