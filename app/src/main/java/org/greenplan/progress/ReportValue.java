package org.greenplan.progress;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value reported for one target of the task.
 *
 * @param targetId    the {@code target} id
 * @param typed       the value as typed (约92%, 88.5)
 * @param value       the value read, in the target's level unit (% for a rate and for a pp target)
 * @param approximate whether it was marked approximate (约, 左右)
 */
public record ReportValue(long targetId, String typed, BigDecimal value, boolean approximate) {

    public ReportValue {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(value, "value");
    }
}
