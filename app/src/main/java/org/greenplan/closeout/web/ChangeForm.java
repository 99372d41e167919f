package org.greenplan.closeout.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.greenplan.closeout.CloseoutRefusal;
import org.greenplan.closeout.RequestKind;
import org.greenplan.plan.TaskAmendment;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The change request form: cancellation or adjustment, the reason, and for an adjustment the new wording,
 * deadline and one target's new value (blank fields are left unchanged).
 *
 * @param kind        CANCELLATION or ADJUSTMENT
 * @param reason      why
 * @param newText     the new task text, or blank
 * @param newDeadline the new deadline, or null
 * @param targetId    the target to change, or null
 * @param newValue    its new value as typed (e.g. {@code 90} or {@code 90.5}), or blank
 *     <p>Serializable: a refused form goes back to the page as a flash attribute, kept in the session store.
 */
public record ChangeForm(
        RequestKind kind,
        String reason,
        String newText,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDeadline,
        Long targetId,
        String newValue)
        implements java.io.Serializable {

    /**
     * @return the amendment asked for, or null for a cancellation
     * @throws CloseoutRefusal when the value is not a number, or a value comes without its target
     */
    TaskAmendment amendment() {
        if (kind != RequestKind.ADJUSTMENT) {
            return null;
        }
        BigDecimal value = value();
        if ((value == null) != (targetId == null)) {
            throw new CloseoutRefusal("closeout.refused.targetAndValue");
        }
        return new TaskAmendment(newText, newDeadline, targetId, value);
    }

    private BigDecimal value() {
        if (newValue == null || newValue.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(newValue.strip());
        } catch (NumberFormatException e) {
            throw new CloseoutRefusal("closeout.refused.badValue", newValue.strip());
        }
    }
}
