package org.greenplan.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A point of a milestone table (进度节点): by {@code date} the indicator should stand at {@code value}.
 *
 * @param date  the day the value is due, inclusive
 * @param value expected level in the target's level unit ({@link TargetTerms#levelUnit()})
 */
public record Milestone(LocalDate date, BigDecimal value) {
    public Milestone {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
    }
}
