package org.greenplan.demodata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.plan.view.Comparison;
import org.greenplan.plan.view.TargetView;
import org.greenplan.progress.TargetValueReader.ValueEntry;
import org.junit.jupiter.api.Test;

/** The values the demonstration reports enter, by what each target takes. */
class ReportDrawsTests {
    static final TargetView BOILERS =
            new TargetView(1, "燃煤锅炉整治", Comparison.AT_LEAST, new BigDecimal("59"), null, "台", "59台", 0, 1);

    @Test
    void aTargetThatSumsThePeriodsGetsEachMonthsIncreaseAddingUpToTheYearsLevel() {
        List<BigDecimal> entered = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            entered.add(ReportDraws.value(BOILERS, ValueEntry.INCREMENT, month, 1.0));
        }

        assertThat(entered.subList(0, 3))
                .containsExactly(new BigDecimal("5"), new BigDecimal("5"), new BigDecimal("5"));
        assertThat(entered.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("59");
    }

    @Test
    void aTargetThatReadsTheLatestValueGetsTheYearToDateLevel() {
        assertThat(ReportDraws.value(BOILERS, ValueEntry.LEVEL, 2, 1.0)).isEqualByComparingTo("10");
        assertThat(ReportDraws.value(BOILERS, ValueEntry.LEVEL, 12, 1.0)).isEqualByComparingTo("59");
    }
}
