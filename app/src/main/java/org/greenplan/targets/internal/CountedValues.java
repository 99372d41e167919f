package org.greenplan.targets.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.greenplan.targets.ReportedValue;

/** Which reported values count on a date. */
final class CountedValues {
    private CountedValues() {}

    /**
     * @param values every value entered, any order
     * @param year   the plan year
     * @param on     the evaluation date
     * @return one value per period — the latest entered that is not withdrawn — for periods in {@code year} on or before
     *         {@code on}, sorted by period
     */
    static List<ReportedValue> of(List<ReportedValue> values, int year, LocalDate on) {
        BinaryOperator<ReportedValue> latest = (a, b) -> b.enteredAt().isBefore(a.enteredAt()) ? a : b;
        Map<LocalDate, ReportedValue> byPeriod = values.stream()
                .filter(v -> !v.withdrawn()
                        && v.period().getYear() == year
                        && !v.period().isAfter(on))
                .collect(Collectors.toMap(ReportedValue::period, v -> v, latest));
        return byPeriod.values().stream()
                .sorted(Comparator.comparing(ReportedValue::period))
                .toList();
    }
}
