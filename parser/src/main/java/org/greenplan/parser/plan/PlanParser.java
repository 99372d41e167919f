package org.greenplan.parser.plan;

/**
 * Façade of the plan parser: decoded text in, {@link ParsedPlan} out. To be implemented.
 */
public final class PlanParser {

    /**
     * @param text decoded document text (any line endings)
     * @return the parsed plan; odd input gives {@link ParseIssue}s, never an exception
     */
    public ParsedPlan parse(String text) {
        throw new UnsupportedOperationException("to be implemented");
    }
}
