package org.greenplan.reminders;

import java.time.Instant;

/**
 * 批示: a leader's comment on a task.
 *
 * @param id         the row
 * @param planId     the plan
 * @param taskId     the task
 * @param taskNumber the task's printed number
 * @param authorName who wrote it (display name)
 * @param text       the comment
 * @param createdAt  when
 */
public record Instruction(
        long id, long planId, long taskId, String taskNumber, String authorName, String text, Instant createdAt) {}
