package org.greenplan.audit;

import java.time.LocalDate;

/**
 * Which audit rows to read; every filter is optional (null matches all).
 *
 * @param actorUserId rows of this user
 * @param taskId      rows of this task, including those of its targets and reports
 * @param entity      rows of this kind of thing, e.g. TARGET
 * @param entityId    rows of this one thing (with {@code entity})
 * @param from        first day, inclusive, in the office's time zone
 * @param to          last day, inclusive, in the office's time zone
 * @param page        page number from 0
 * @param size        rows per page, 1 to {@value #MAX_SIZE}
 */
public record AuditQuery(
        Long actorUserId, Long taskId, String entity, Long entityId, LocalDate from, LocalDate to, int page, int size) {
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public AuditQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be within 1.." + MAX_SIZE + ": " + size);
        }
        entity = entity == null || entity.isBlank() ? null : entity.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** @return the first page of a task's history */
    public static AuditQuery ofTask(long taskId) {
        return new AuditQuery(null, taskId, null, null, null, null, 0, DEFAULT_SIZE);
    }

    /** @return the first page of a user's actions */
    public static AuditQuery ofUser(long userId) {
        return new AuditQuery(userId, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    /** @return the first page of one entity's history */
    public static AuditQuery ofEntity(String entity, long entityId) {
        return new AuditQuery(null, null, entity, entityId, null, null, 0, DEFAULT_SIZE);
    }

    /** @return the same filters on another page */
    public AuditQuery page(int number) {
        return new AuditQuery(actorUserId, taskId, entity, entityId, from, to, number, size);
    }
}
