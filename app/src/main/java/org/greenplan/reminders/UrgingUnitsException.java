package org.greenplan.reminders;

import org.springframework.context.MessageSourceResolvable;

/**
 * A 催办 names no unit, or a unit it may not go to: an urging about a task goes only to that task's units, an
 * urging about a unit's work in general to any responsible unit of the plan. The message states the rule that
 * applied.
 */
public class UrgingUnitsException extends IllegalArgumentException implements MessageSourceResolvable {
    private static final long serialVersionUID = 1L;

    private final boolean aboutTask;

    UrgingUnitsException(boolean aboutTask) {
        super(
                aboutTask
                        ? "urging units missing or not responsible for the task"
                        : "urging units missing or not in the plan");
        this.aboutTask = aboutTask;
    }

    @Override
    public String[] getCodes() {
        return new String[] {aboutTask ? "reminders.urging.units.notOfTask" : "reminders.urging.units.notOfPlan"};
    }
}
