package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.greenplan.parser.targets.TargetComparator;
import org.greenplan.targets.TargetTerms;
import org.junit.jupiter.api.Test;

/** How counties' values combine: rates and intensities are averaged, counts and amounts added up. */
class RollupRuleTests {
    private static TargetTerms target(String indicator, TargetComparator comparator, String value, String unit) {
        return new TargetTerms(indicator, comparator, new BigDecimal(value), null, unit, indicator + value + unit);
    }

    @Test
    void anIntensityIsAveragedNotAddedUp() {
        TargetTerms energy = target("单位地区生产总值能耗", TargetComparator.AT_MOST, "0.45", "tce/万元");

        assertThat(RollupRule.of(energy)).isEqualTo(RollupRule.MEAN);
        assertThat(RollupRule.MEAN.combine(List.of(new BigDecimal("0.40"), new BigDecimal("0.50"))))
                .isEqualByComparingTo("0.45");
    }

    @Test
    void ratesAreAveragedAndCountsAddedUp() {
        assertThat(RollupRule.of(target("秸秆综合利用率", TargetComparator.AT_LEAST, "92", "%")))
                .isEqualTo(RollupRule.MEAN);
        assertThat(RollupRule.of(target("新增绿色工厂", TargetComparator.AT_LEAST, "2", "家")))
                .isEqualTo(RollupRule.SUM);
    }
}
