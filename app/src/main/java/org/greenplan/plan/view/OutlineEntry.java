package org.greenplan.plan.view;

/**
 * One row of a plan's outline in document order: a heading or a task.
 *
 * @param depth   nesting depth, 0 at the top
 * @param heading the heading, or null for a task row
 * @param task    the task, or null for a heading row
 */
public record OutlineEntry(int depth, HeadingView heading, TaskView task) {
    public boolean isTask() {
        return task != null;
    }
}
