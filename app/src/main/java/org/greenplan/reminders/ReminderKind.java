package org.greenplan.reminders;

/** Why a unit is reminded; each kind is sent at most once per (plan, period, unit). */
public enum ReminderKind {
    /** the due date is at most N working days away */
    DUE_SOON,
    /** the due date has passed */
    OVERDUE,
    /** M or more working days overdue: to the unit's leaders (UNIT_LEADER) and its contact person */
    ESCALATION
}
