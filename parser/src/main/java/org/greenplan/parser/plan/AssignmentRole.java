package org.greenplan.parser.plan;

/**
 * The role a unit plays in a task.
 *
 * <p>{@link #RESPONSIBLE} is used where the document lists units without saying which one leads
 * (the 宿州 2022 work points, for example). The first-listed unit is never silently promoted to
 * {@link #LEAD}: that happens only when the document states the rule (列第一位者为牵头单位).
 */
public enum AssignmentRole {
    /** 牵头单位 — accountable for the task and consolidates its reports. */
    LEAD,
    /** 配合单位 — contributes to the task. */
    CO,
    /** 责任单位 — listed as responsible, lead and co not marked by the document. */
    RESPONSIBLE
}
