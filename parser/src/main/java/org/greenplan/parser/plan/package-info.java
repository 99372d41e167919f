/**
 * The plan parser: decoded text of a work-points document (工作要点, 实施方案, 行动计划 …), or a
 * document with task tables, in; {@link org.greenplan.parser.plan.ParsedPlan} out.
 *
 * <p>Public API: {@link org.greenplan.parser.plan.PlanParser} and the records of its result
 * ({@code ParsedPlan}, {@code Heading}, {@code ParsedTask} with its {@code ResponsibilityClause}s,
 * {@code UnitAssignment}, {@code Deadline}, {@code SourceSpan}, {@code ParseIssue}). Inside, in the
 * order they run (all package-private):
 * <ol>
 *   <li>{@code LineReader} splits lines at any line ending, keeping offsets into the text as given;
 *       {@code Token} tells blank, numbered ({@code NumberStyle}), table-row and other lines apart, and
 *       {@code AnnexLists} the numbered items of 附件 lists (附件：1.… 2.…), which are neither headings nor tasks;</li>
 *   <li>{@code HeaderReader} reads the notice header before the first numbered line, and the signature
 *       some documents print at the end;</li>
 *   <li>{@code BodyItems} collects numbered lines with their paragraphs, minding {@code BodyLandmarks}
 *       (专栏 boxes, annexes, a second document); {@code Outliner} ranks numbering styles by first
 *       appearance and checks number sequences; {@code TreeBuilder} decides which numbered lines are
 *       headings and which are tasks; {@code TableReading} and {@code TableTasks} read task tables by
 *       their header ({@code TableColumns}, {@code TableUnitCells});</li>
 *   <li>{@code TaskAssembler} takes numbers and unit clauses out of the task text
 *       ({@code UnitClauseExtractor} with {@code LabelRuns} and {@code ScoreMarks}, {@code UnitClauseReader},
 *       {@code UnitLists} and {@code UnitPrefixes}, {@code SubjectUnits}), gives the units their task roles
 *       ({@code TaskUnits}, with the {@code Conventions} the document states once), keeps each clause with
 *       the sentences it covers ({@code ClauseMatch}, {@code TaskText}), reads deadlines
 *       ({@code DeadlineReader}, {@code DeadlinePhrase}) and asks the target phrase parser for targets;</li>
 *   <li>{@code CompletenessCheck} looks for a truncated end in the plan's last paragraph (closing lines such
 *       as 附件, 抄送, 印发, 联系人, signature and date left out); {@code OutlineFormatter} prints the result.</li>
 * </ol>
 * Nothing here throws on odd input: what cannot be placed becomes a positioned
 * {@link org.greenplan.parser.plan.ParseIssue}.
 */
package org.greenplan.parser.plan;
