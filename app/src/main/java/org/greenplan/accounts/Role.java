package org.greenplan.accounts;

/**
 * What a user may do. A user holds one or more roles; the Spring Security authority of a role is
 * {@code "ROLE_" + name()}.
 */
public enum Role {
    /** The plan office (专项小组办公室): everything in its region, including review and approval. */
    OFFICE_ADMIN,
    /** A unit's reporter (填报员): reads its own unit's tasks, writes its own unit's reports. */
    UNIT_REPORTER,
    /** A unit's leader: approves the unit's reports before they go to the office, where a plan asks for it. */
    UNIT_LEADER,
    /** A leader (领导): reads everything and writes 批示 comments. */
    LEADER;

    /** @return the Spring Security authority, e.g. {@code ROLE_OFFICE_ADMIN} */
    public String authority() {
        return "ROLE_" + name();
    }
}
