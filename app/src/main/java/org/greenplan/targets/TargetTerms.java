package org.greenplan.targets;

import java.math.BigDecimal;
import java.util.Objects;
import org.greenplan.parser.targets.TargetComparator;
import org.greenplan.parser.targets.TargetSpec;
import org.greenplan.parser.targets.TargetUnits;
import org.greenplan.plan.view.TargetView;

/**
 * What a target asks for, as the evaluation reads it: comparator, value(s) and canonical unit of a
 * {@link TargetView} (stored) or a {@link TargetSpec} (parsed).
 *
 * <p>Reported values are always <em>levels</em> of the indicator, never changes: for 湿地保护率增加1个百分点
 * (unit {@code pp}) the office reports the rate itself in {@code %} (61.0), and for 单位GDP能耗下降13.5%
 * (a relative change, unit {@code %}) it reports the consumption itself, whose unit the plan does not
 * print. See {@link #levelUnit()}.
 *
 * @param indicator  what is measured, e.g. 秸秆综合利用率; never null
 * @param comparator how a reported value is compared with {@code value}; never null
 * @param value      the target value in {@code unit}, or null for direction and reference targets
 * @param upperValue upper bound of a BETWEEN target, else null
 * @param unit       canonical unit code ({@link TargetUnits}), or null
 * @param phrase     the phrase as printed; never null
 * @throws NullPointerException when {@code comparator} is null (null indicator and phrase are read as empty)
 */
public record TargetTerms(
        String indicator,
        TargetComparator comparator,
        BigDecimal value,
        BigDecimal upperValue,
        String unit,
        String phrase) {

    public TargetTerms {
        Objects.requireNonNull(comparator, "comparator");
        indicator = indicator == null ? "" : indicator;
        phrase = phrase == null ? "" : phrase;
    }

    /** @return the terms of a stored target (its comparison read as the parser's comparator of that name) */
    public static TargetTerms of(TargetView target) {
        return new TargetTerms(
                target.indicator(),
                TargetComparator.valueOf(target.comparator().name()),
                target.value(),
                target.upperValue(),
                target.unit(),
                target.phrase());
    }

    /** @return the terms of a parsed target */
    public static TargetTerms of(TargetSpec target) {
        return new TargetTerms(
                target.indicator(),
                target.comparator(),
                target.value(),
                target.upperValue(),
                target.unit(),
                target.printedPhrase());
    }

    /**
     * @return the unit reported values are in: {@code %} for a {@code pp} target (the level of a rate),
     *         null for a relative change (INCREASE_BY / DECREASE_BY in {@code %}: the level's unit is not
     *         printed), else {@link #unit()}
     */
    public String levelUnit() {
        if (TargetUnits.PERCENTAGE_POINT.equals(unit)) {
            return TargetUnits.PERCENT;
        }
        return isRelativeChange() ? null : unit;
    }

    /** @return true for INCREASE_BY / DECREASE_BY in {@code %}: a change relative to the baseline */
    public boolean isRelativeChange() {
        return isChange() && TargetUnits.PERCENT.equals(unit);
    }

    /** @return true for INCREASE_BY and DECREASE_BY, which need a baseline */
    public boolean isChange() {
        return comparator == TargetComparator.INCREASE_BY || comparator == TargetComparator.DECREASE_BY;
    }

    /** @return true for 零增长 (zero growth), a DECREASE target that a level value meets */
    public boolean isZeroGrowth() {
        return comparator == TargetComparator.DECREASE && phrase.contains("零增长");
    }
}
