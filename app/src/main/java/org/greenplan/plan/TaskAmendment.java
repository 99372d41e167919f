package org.greenplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An approved change (调整) to a published task: any of its wording, its deadline and one target's value.
 * A null part is left as it is.
 *
 * @param text        the new task text (without number and unit clause), or null
 * @param deadline    the new deadline (its printed phrase is dropped, the date is shown instead), or null
 * @param targetId    the target whose value changes, or null
 * @param targetValue the target's new value in the target's own canonical unit ({@code %}, {@code kW} …),
 *                    required when {@code targetId} is given
 */
public record TaskAmendment(String text, LocalDate deadline, Long targetId, BigDecimal targetValue) {

    public TaskAmendment {
        text = text == null || text.isBlank() ? null : text.strip();
        if ((targetId == null) != (targetValue == null)) {
            throw new IllegalArgumentException("a target amendment names the target and its new value");
        }
    }

    /** @return whether it changes nothing */
    public boolean isEmpty() {
        return text == null && deadline == null && targetId == null;
    }
}
