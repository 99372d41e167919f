package org.greenplan.progress;

/**
 * Someone else changed the report since the caller read it (two people editing one report, a
 * double-click submit): nothing was stored. The message names who changed it last and its state; the
 * caller's input stays on the form. The API answers 409.
 */
public class ReportConflictException extends ReportProblem {
    private static final long serialVersionUID = 1L;

    /**
     * @param state     the report's state now
     * @param changedBy who acted last (display name), or null when no one is known (a version the report
     *                  never had, e.g. typed by hand, or two first saves at once): the message then says the
     *                  version does not match instead of naming a placeholder
     */
    public ReportConflictException(ReportState state, String changedBy) {
        super(
                changedBy == null || changedBy.isBlank() ? "progress.conflict.version" : "progress.conflict",
                state.name(),
                changedBy);
    }
}
