package org.greenplan.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.greenplan.parser.targets.TargetUnits;
import org.greenplan.targets.Aggregation;
import org.greenplan.targets.TargetTerms;

/**
 * How the counties' and districts' values of one indicator combine into the city's (汇总规则):
 * <ul>
 *   <li>{@link #MEAN} for rates, shares and levels (秸秆综合利用率 %, 占比, PM2.5 浓度 μg/m³): the unweighted
 *       mean of the regions that reported, rounded to two decimals. A weighted mean (e.g. by each county's
 *       collectable straw) would be more exact, but plans carry no such weights, so none is guessed;</li>
 *   <li>{@link #SUM} for counts and amounts (家, 个, 万千瓦, 万吨, 亩 …): the regions' values added up.</li>
 * </ul>
 * The rule follows the target's kind as {@link Aggregation#defaultFor} reads it: a target whose values are
 * levels ({@code LATEST}) in %, percentage points, μg/m³, a unit of intensity ({@code tce/万元}, {@code
 * g/kWh}: {@link TargetUnits#isIntensity}) or no unit is a rate; everything else is a count or amount.
 */
public enum RollupRule {
    MEAN,
    SUM;

    /** @return the rule for a city target */
    public static RollupRule of(TargetTerms terms) {
        String unit = terms.levelUnit();
        boolean level = Aggregation.defaultFor(terms) == Aggregation.LATEST;
        boolean rateUnit = unit == null
                || "%".equals(unit)
                || "pp".equals(unit)
                || "μg/m³".equals(unit)
                || TargetUnits.isIntensity(unit);
        return level && rateUnit ? MEAN : SUM;
    }

    /**
     * @param values the reporting regions' values, at least one
     * @return their mean (two decimals, half up, trailing zeros stripped) or sum; null when there is none
     */
    public BigDecimal combine(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal result = this == SUM ? sum : sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
        return result.stripTrailingZeros();
    }

    /** @return the message key naming the rule ({@code rollup.rule.MEAN} …) */
    public String messageKey() {
        return "rollup.rule." + name();
    }
}
