package org.greenplan.plan.view;

/**
 * A parse issue recorded at import.
 *
 * @param line     1-based line in the source text
 * @param column   1-based column
 * @param severity WARNING or ERROR
 * @param message  what is wrong
 */
public record IssueView(int line, int column, String severity, String message) {}
