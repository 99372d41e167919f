package org.greenplan.targets;

import java.math.BigDecimal;
import java.util.List;
import org.greenplan.parser.targets.TargetUnits;

/**
 * How the values reported for a target over the plan year combine into its current value (汇总方式).
 * {@link #defaultFor} picks one from the indicator and the unit; the office may override it.
 */
public enum Aggregation {
    /** The value of the latest period: rates, shares and levels (利用率, 占比, PM2.5 浓度). */
    LATEST,
    /** The sum of all periods: cumulative quantities reported as monthly increments (新增…, 完成…项). */
    SUM,
    /** The largest value reported in any period. */
    MAX;

    private static final List<String> RATE_WORDS = List.of("率", "占比", "比例", "比重", "浓度", "强度", "指数", "人均", "万人");
    private static final List<String> CUMULATIVE_WORDS = List.of("新增", "完成", "累计", "新建", "建成", "改造");

    /**
     * The default for a target, first rule that applies:
     * <ol>
     *   <li>LATEST when the indicator names a rate or level (率, 占比, 比例, 比重, 浓度, 强度, 指数, 人均, 万人)
     *       or the unit is {@code %}, {@code pp} or {@code μg/m³};</li>
     *   <li>SUM when the indicator names a cumulative quantity (新增, 完成, 累计, 新建, 建成, 改造) or the unit
     *       counts things ({@link TargetUnits#isCount}: 家, 个, 项…);</li>
     *   <li>LATEST otherwise.</li>
     * </ol>
     *
     * @param terms the target
     * @return the aggregation to use when the office has not chosen one
     */
    public static Aggregation defaultFor(TargetTerms terms) {
        String unit = terms.unit();
        if (containsAny(terms.indicator(), RATE_WORDS)
                || TargetUnits.PERCENT.equals(unit)
                || TargetUnits.PERCENTAGE_POINT.equals(unit)
                || TargetUnits.MICROGRAM_PER_CUBIC_METRE.equals(unit)) {
            return LATEST;
        }
        if (containsAny(terms.indicator(), CUMULATIVE_WORDS) || TargetUnits.isCount(unit)) {
            return SUM;
        }
        return LATEST;
    }

    /**
     * @param values one value per period, in period order
     * @return the aggregate, or null when there is no value
     */
    public BigDecimal aggregate(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return switch (this) {
            case LATEST -> values.get(values.size() - 1);
            case SUM -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case MAX -> values.stream().max(BigDecimal::compareTo).orElseThrow();
        };
    }

    private static boolean containsAny(String text, List<String> words) {
        return words.stream().anyMatch(text::contains);
    }
}
