package org.greenplan.progress;

import java.util.Map;

/**
 * A draft or submission with input that does not read: per field (progress, problems, nextSteps,
 * completion, {@code value.<targetId>}) what is wrong. Nothing was stored.
 */
public class ReportInvalidException extends ReportProblem {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, FieldProblem> problems;

    /** @param problems by field name, in form order; never empty */
    public ReportInvalidException(Map<String, FieldProblem> problems) {
        super("progress.invalid", problems.size());
        this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
    }

    /** @return the problems by field name */
    public Map<String, FieldProblem> problems() {
        return problems;
    }
}
