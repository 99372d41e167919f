package org.greenplan.reminders;

/**
 * When reminders are sent, globally ({@code planId} null) or for one plan (overriding the global row).
 *
 * @param planId          the plan, or null for the global settings
 * @param enabled         whether scheduled reminders are sent at all
 * @param daysBefore      N: remind when the due date is at most this many working days away (0 = on the due day)
 * @param escalateAfter   M: escalate to the unit's leaders after this many working days overdue
 * @param maxPerUnitDay   at most this many reminders to one unit on one day (all plans together)
 * @param version         optimistic-locking version of the stored row
 */
public record ReminderSettings(
        Long planId, boolean enabled, int daysBefore, int escalateAfter, int maxPerUnitDay, int version) {

    /** @throws IllegalArgumentException naming the field when a value is out of range */
    public ReminderSettings {
        check(daysBefore, 0, 20, "daysBefore");
        check(escalateAfter, 1, 60, "escalateAfter");
        check(maxPerUnitDay, 1, 10, "maxPerUnitDay");
    }

    private static void check(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be " + min + "-" + max + ", was " + value);
        }
    }
}
