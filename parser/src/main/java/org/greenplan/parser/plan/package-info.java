/**
 * The plan parser: decoded text of a work-points document (工作要点, 实施方案, 行动计划 …) in,
 * {@link org.greenplan.parser.plan.ParsedPlan} out.
 *
 * <p>Public API: {@link org.greenplan.parser.plan.PlanParser} and the records of its result. Inside,
 * in the order they run (all package-private):
 * <ol>
 *   <li>{@code LineReader} splits lines at any line ending, keeping offsets into the text as given;
 *       {@code Token} tells blank, numbered ({@code NumberStyle}) and other lines apart;</li>
 *   <li>{@code HeaderReader} reads the notice header before the first numbered line, and the signature
 *       some documents print at the end;</li>
 *   <li>{@code Outliner} ranks numbering styles by first appearance and checks number sequences;
 *       {@code TreeBuilder} decides which numbered lines are headings and which are tasks;</li>
 *   <li>{@code TaskAssembler} takes numbers and unit clauses ({@code UnitClauseExtractor},
 *       {@code UnitClauseReader}, {@code UnitNameHeuristics}) out of the task text, reads deadlines
 *       ({@code DeadlineReader}) and asks the target phrase parser for targets;</li>
 *   <li>{@code CompletenessCheck} looks for a truncated end; {@code OutlineFormatter} prints the result.</li>
 * </ol>
 * Nothing here throws on odd input: what cannot be placed becomes a positioned
 * {@link org.greenplan.parser.plan.ParseIssue}.
 */
package org.greenplan.parser.plan;
