package org.greenplan.plan;

/**
 * A heading of a plan.
 *
 * @param id       node id
 * @param parentId parent heading, or null at the top
 * @param level    1 for parts (一、), 2 for sections （一）…
 * @param number   printed number
 * @param title    heading text
 */
public record HeadingView(long id, Long parentId, int level, String number, String title) {
}
