package org.greenplan.parser.plan;

import java.util.List;

/**
 * 责任分工 — one unit clause of a task and the sentences it covers, kept for traceability.
 *
 * <p>Some offices print a unit bracket after each sentence of a paragraph (style d of the corpus: 008
 * {@code …（合肥海关负责）巩固…（省商务厅牵头，合肥海关配合）}; 009, 010). The paragraph stays one task; each
 * bracket becomes one clause covering the sentences printed since the previous bracket (the last one
 * also covers any sentences after it). A task with a single clause has one, covering its whole text;
 * a task without units has none.
 *
 * @param text  the covered sentences, without the clause itself
 * @param units the clause's own units with the roles it gives them (the first-listed rule applied), in
 *              printed order; inherited units are never part of a clause
 * @param span  where the covered sentences and the clause stand in the source text
 */
public record ResponsibilityClause(String text, List<UnitAssignment> units, SourceSpan span) {

    public ResponsibilityClause {
        units = List.copyOf(units);
    }
}
