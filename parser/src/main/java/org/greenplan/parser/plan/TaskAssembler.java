package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.greenplan.parser.targets.TargetReading;
import org.greenplan.parser.targets.TargetSpec;

/**
 * Turns the nodes of {@link TreeBuilder} into {@link Heading}s and {@link ParsedTask}s: number and
 * unit clauses out of the text, clauses with the sentences they cover, units with roles
 * ({@link TaskUnits}), deadline, targets, and the span in the source.
 */
final class TaskAssembler {

    private final String source;
    private final Integer planYear;
    private final Conventions conventions;
    private final Function<String, TargetReading> targetReader;
    private final List<ParseIssue> issues = new ArrayList<>();

    /**
     * @param source      the text given to the parser (spans point into it)
     * @param planYear    for deadlines such as 6月底前, or null
     * @param conventions the first-listed rule and inheritance notes the document states
     * @param targetReader reads the targets of a task text ({@code TargetPhraseParser::read})
     */
    TaskAssembler(
            String source, Integer planYear, Conventions conventions, Function<String, TargetReading> targetReader) {
        this.source = source;
        this.planYear = planYear;
        this.conventions = conventions;
        this.targetReader = targetReader;
    }

    Heading heading(TreeBuilder.Node node) {
        Token head = node.head();
        return new Heading(
                node.path(),
                node.path().size(),
                node.number(),
                Headings.title(head.rest()),
                head.line().number());
    }

    ParsedTask task(TreeBuilder.Node node) {
        TaskText taskText = new TaskText(node.lines());
        String paragraph = taskText.text();
        // a one-line task's text is its line after the number, whose clauses the tree builder has read already;
        // the paragraph of a longer task takes the brackets its lines' readings hold instead of reading them again
        UnitClauseExtractor.Extraction extraction = node.lines().size() == 1
                ? node.head().restClauses()
                : UnitClauseExtractor.extract(paragraph, lineExtractions(node.lines()));
        List<ResponsibilityClause> clauses = clauses(node, taskText, extraction);
        List<List<UnitAssignment>> clauseUnits = new ArrayList<>(clauses.size());
        for (int i = 0; i < clauses.size(); i++) { // every task: no iterator
            clauseUnits.add(clauses.get(i).units());
        }
        List<UnitAssignment> units = TaskUnits.withInherited(
                TaskUnits.union(clauseUnits),
                conventions.inheritedUnits(node.head().line().number()));
        SourceLine first = node.head().line();
        if (units.isEmpty()) {
            issues.add(ParseIssue.warning(
                    first.number(),
                    first.column(),
                    IssueCode.TASK_WITHOUT_UNITS,
                    node.number().isEmpty() ? Abbreviation.of(extraction.text(), 10) : node.number()));
        }
        int start = first.contentStart();
        int end = node.last().line().contentEnd();
        // a one-line task's source text is its line's content: no second copy
        String sourceText = node.lines().size() == 1 ? first.content() : source.substring(start, end);
        return new ParsedTask(
                node.path(),
                node.number(),
                extraction.text(),
                units,
                deadline(paragraph, extraction),
                targets(extraction.text(), first, paragraph, i -> taskText.span(i, i + 1)),
                new SourceSpan(first.number(), first.column(), start, end),
                sourceText,
                clauses);
    }

    /** A row of a task table: units from its unit cells, deadline from its 完成时限 cell or its text. */
    ParsedTask task(TableTasks.Row row) {
        SourceLine line = row.token().line();
        SourceSpan span = new SourceSpan(line.number(), line.column(), line.contentStart(), line.contentEnd());
        UnitClause clause = row.unitClause().isEmpty() ? null : UnitClauseReader.read(row.unitClause(), true);
        List<UnitAssignment> clauseUnits =
                clause == null ? List.of() : TaskUnits.ofClause(clause, conventions.firstListedRule(line.number()));
        List<ResponsibilityClause> clauses =
                clauseUnits.isEmpty() ? List.of() : List.of(new ResponsibilityClause(row.text(), clauseUnits, span));
        List<UnitAssignment> units = TaskUnits.withInherited(
                TaskUnits.union(List.of(clauseUnits)), conventions.inheritedUnits(line.number()));
        row.unresolved()
                .forEach(name -> issues.add(
                        ParseIssue.warning(line.number(), line.column(), IssueCode.JOINED_UNIT_NAMES, name)));
        if (units.isEmpty()) {
            issues.add(ParseIssue.warning(
                    line.number(),
                    line.column(),
                    IssueCode.ROW_WITHOUT_UNITS,
                    row.number().isEmpty() ? Abbreviation.of(row.text(), 10) : row.number()));
        }
        Deadline deadline = DeadlineReader.readCell(row.deadline(), planYear);
        return new ParsedTask(
                row.path(),
                row.number(),
                row.text(),
                units,
                deadline != null ? deadline : DeadlineReader.read(row.text(), planYear),
                targets(
                        row.text(),
                        line,
                        line.content(),
                        i -> new SourceSpan(
                                line.number(),
                                line.column() + i,
                                line.contentStart() + i,
                                line.contentStart() + i + 1)),
                span,
                source.substring(span.startOffset(), span.endOffset()),
                clauses);
    }

    /** @return the extractions of a task's lines, as the tree builder read them (the first after its number) */
    private static List<UnitClauseExtractor.Extraction> lineExtractions(List<Token> lines) {
        List<UnitClauseExtractor.Extraction> extractions = new ArrayList<>(lines.size());
        extractions.add(lines.get(0).restClauses());
        for (int i = 1; i < lines.size(); i++) {
            extractions.add(lines.get(i).clauses());
        }
        return extractions;
    }

    /**
     * The deadline printed in the paragraph; failing that, the 完成时限 cell of a flattened table row that
     * the unit clause was read with ({@code …措施6月区住建局} → 6月).
     */
    private Deadline deadline(String paragraph, UnitClauseExtractor.Extraction extraction) {
        Deadline printed = DeadlineReader.read(paragraph, planYear);
        if (printed != null) {
            return printed;
        }
        for (String phrase : extraction.otherPhrases()) {
            Deadline cell = DeadlineReader.readCell(phrase, planYear);
            if (cell != null) {
                return cell;
            }
        }
        return null;
    }

    List<ParseIssue> issues() {
        return issues;
    }

    /** Printed clauses; failing those, units named as the subject of a sentence (由区规划局牵头). */
    private List<ResponsibilityClause> clauses(
            TreeBuilder.Node node, TaskText taskText, UnitClauseExtractor.Extraction extraction) {
        String paragraph = taskText.text();
        List<ClauseMatch> matches = extraction.clauses();
        if (matches.isEmpty()) {
            matches = SubjectUnits.read(paragraph).stream().toList();
        }
        boolean rule = conventions.firstListedRule(node.last().line().number());
        List<ResponsibilityClause> clauses = new ArrayList<>(matches.size());
        for (int i = 0; i < matches.size(); i++) { // every task: no iterator
            ClauseMatch m = matches.get(i);
            clauses.add(new ResponsibilityClause(
                    m.coveredText(paragraph, extraction.text()),
                    TaskUnits.ofClause(m.clause(), rule),
                    taskText.span(m.coverStart(), m.coverEnd())));
        }
        return clauses;
    }

    /**
     * Each phrase the target parser could not read becomes a WARNING where it is printed (at the task's first
     * line when it is not found there, or when the reading failed as a whole); the other targets are kept.
     *
     * @param printed the text the phrases are looked for in, starting at {@code at}'s offset 0
     */
    private List<TargetSpec> targets(String text, SourceLine line, String printed, IntFunction<SourceSpan> at) {
        TargetReading reading = targetReader.apply(text);
        for (TargetReading.Failure failure : reading.failures()) {
            // unit clauses removed from the task text only move a phrase to the right in the printed text
            int found = failure.phrase() == null ? -1 : printed.indexOf(failure.phrase(), failure.start());
            SourceSpan where = found < 0 ? null : at.apply(found);
            issues.add(ParseIssue.warning(
                    where == null ? line.number() : where.line(),
                    where == null ? line.column() : where.column(),
                    IssueCode.TARGETS_FAILED,
                    failure.message()));
        }
        return reading.targets();
    }
}
