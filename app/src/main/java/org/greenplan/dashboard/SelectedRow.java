package org.greenplan.dashboard;

import org.greenplan.progress.SubmissionMatrix.Timeliness;
import org.greenplan.supervision.SupervisedTask;

/**
 * One row of a list the dashboard opens: a task, or for a timeliness selection one unit's report on a task.
 *
 * @param task       the task with its status on the selection's date
 * @param unitId     the reporting unit for a timeliness row, else null
 * @param timeliness the report's timeliness for a timeliness row, else null
 */
public record SelectedRow(SupervisedTask task, Long unitId, Timeliness timeliness) {}
