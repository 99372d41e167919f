package org.greenplan.progress;

/**
 * An upload that was not stored: too large, a type not accepted, content that does not match its
 * extension, or refused by the virus scanner. The message names the file. The API answers 422.
 */
public class AttachmentRefusedException extends ReportProblem {
    private static final long serialVersionUID = 1L;

    /**
     * @param code message key, e.g. {@code progress.attachment.typeMismatch}
     * @param args its arguments, the file name first
     */
    public AttachmentRefusedException(String code, Object... args) {
        super(code, args);
    }
}
