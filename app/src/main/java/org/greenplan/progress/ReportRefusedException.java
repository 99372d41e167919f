package org.greenplan.progress;

/**
 * A workflow step the report's state does not allow (submitting an approved report, approving a draft,
 * returning without a reason, editing after submission). Pages show the message; the API answers 409.
 */
public class ReportRefusedException extends ReportProblem {
    private static final long serialVersionUID = 1L;

    /**
     * @param code message key, e.g. {@code progress.refused.notEditable}
     * @param args its arguments
     */
    public ReportRefusedException(String code, Object... args) {
        super(code, args);
    }
}
