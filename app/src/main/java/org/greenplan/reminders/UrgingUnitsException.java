package org.greenplan.reminders;

import org.springframework.context.MessageSourceResolvable;

/** A 催办 names no unit, or a unit that is not responsible for the task (or not in the plan). */
public class UrgingUnitsException extends IllegalArgumentException implements MessageSourceResolvable {
    private static final long serialVersionUID = 1L;

    UrgingUnitsException() {
        super("urging units missing or not responsible");
    }

    @Override
    public String[] getCodes() {
        return new String[] {"reminders.urging.units.invalid"};
    }
}
