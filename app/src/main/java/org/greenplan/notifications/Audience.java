package org.greenplan.notifications;

/** Who of a unit receives a notice. */
public enum Audience {
    /** every enabled user of the unit (reporters and unit leaders) and its contact person (联络员) */
    UNIT_USERS,
    /** the unit's enabled UNIT_LEADER users and its contact person: an escalation */
    UNIT_LEADERS
}
