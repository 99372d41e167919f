package org.greenplan.supervision;

import java.time.LocalDate;

/**
 * A task ended by the office's decision: closed out (销号, verified complete) or cancelled. Closures
 * outrank every other rule: a closed task is {@link TaskStatus#COMPLETED} (reason {@code CLOSED_OUT}), a
 * cancelled one {@link TaskStatus#CANCELLED} (reason {@code CANCELLED}), from {@code on} onwards.
 *
 * @param taskId the task
 * @param status {@link TaskStatus#COMPLETED} or {@link TaskStatus#CANCELLED}
 * @param on     the day the office decided (office time zone)
 * @param reason the office's reason or verification note, shown with the status
 */
public record TaskClosure(long taskId, TaskStatus status, LocalDate on, String reason) {
    public TaskClosure {
        if (status != TaskStatus.COMPLETED && status != TaskStatus.CANCELLED) {
            throw new IllegalArgumentException("a closure is COMPLETED or CANCELLED, not " + status);
        }
    }
}
