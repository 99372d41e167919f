package org.greenplan.targets.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.greenplan.targets.Aggregation;
import org.greenplan.targets.MonthPoint;
import org.greenplan.targets.ReportedValue;

/** The twelve months of a target's chart. */
final class MonthlySeries {
    private MonthlySeries() {}

    /**
     * @param year       the plan year
     * @param counted    the values that count ({@link CountedValues}), sorted by period
     * @param aggregation how they combine
     * @param expectedAt the expected value on a day, or null
     * @return January to December: the aggregate of the values up to the month's end where the month
     *         has a report (a month without one is null, a gap — not 0), and the expected value on the
     *         month's last day
     */
    static List<MonthPoint> of(
            int year,
            List<ReportedValue> counted,
            Aggregation aggregation,
            Function<LocalDate, BigDecimal> expectedAt) {
        List<MonthPoint> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            LocalDate end = month.atEndOfMonth();
            boolean reported =
                    counted.stream().anyMatch(v -> YearMonth.from(v.period()).equals(month));
            BigDecimal value = reported
                    ? aggregation.aggregate(counted.stream()
                            .filter(v -> !v.period().isAfter(end))
                            .map(ReportedValue::value)
                            .toList())
                    : null;
            months.add(new MonthPoint(month, value, expectedAt.apply(end)));
        }
        return months;
    }
}
