package org.greenplan.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published when a value was recorded for a target, after the transaction commits for
 * {@code @ApplicationModuleListener}s (supervision recomputes the task's status).
 *
 * @param planId   plan id
 * @param taskId   task id
 * @param targetId target id
 * @param period   the period reported (first day of the month, or the day)
 * @param value    the value recorded
 */
public record TargetValueRecorded(long planId, long taskId, long targetId, LocalDate period, BigDecimal value) {}
