package org.greenplan.parser.plan;

/**
 * A stretch of the source text. Lines and columns are 1-based and count characters (UTF-16 code
 * units) of the decoded text; offsets are 0-based into {@link PlanParser}'s decoded text.
 *
 * @param line        line where the stretch starts
 * @param column      column where the stretch starts
 * @param startOffset first character, inclusive
 * @param endOffset   last character, exclusive
 */
public record SourceSpan(int line, int column, int startOffset, int endOffset) {}
