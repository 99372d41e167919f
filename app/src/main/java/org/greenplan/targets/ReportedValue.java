package org.greenplan.targets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A value reported for a target (报送数值). When one period has several entries, the latest entered
 * counts; the others are kept as history.
 *
 * @param period      the month reported (its first day) or the day of a measurement
 * @param value       the level in the target's level unit ({@link TargetTerms#levelUnit()}); for a SUM
 *                    target, the period's increment
 * @param approximate true when entered as approximate (约92%)
 * @param enteredAt   when it was entered
 * @param note        a remark, or null
 */
public record ReportedValue(
        java.time.LocalDate period, BigDecimal value, boolean approximate, Instant enteredAt, String note) {
    public ReportedValue {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(enteredAt, "enteredAt");
    }
}
