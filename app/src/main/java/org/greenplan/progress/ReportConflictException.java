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
     * @param changedBy who acted last (display name), or "-" when unknown
     */
    public ReportConflictException(ReportState state, String changedBy) {
        super("progress.conflict", state.name(), changedBy);
    }
}
