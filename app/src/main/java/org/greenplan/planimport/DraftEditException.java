package org.greenplan.planimport;

/** A correction that cannot be applied to a draft; the message says why, in the office's words. */
public class DraftEditException extends RuntimeException {
    public DraftEditException(String message) {
        super(message);
    }
}
