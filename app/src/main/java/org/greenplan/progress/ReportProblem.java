package org.greenplan.progress;

import org.greenplan.shared.Refusal;

/**
 * Base of the refusals of this module: each carries a message key and arguments, so pages and the API
 * show it in the reader's language; {@link #getMessage()} holds key and arguments for logs.
 */
public abstract class ReportProblem extends Refusal {
    private static final long serialVersionUID = 1L;

    protected ReportProblem(String code, Object... args) {
        super(code, args);
    }
}
