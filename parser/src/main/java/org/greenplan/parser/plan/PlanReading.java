package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.greenplan.parser.document.TableRowBlock;
import org.greenplan.parser.targets.TargetPhraseParser;
import org.greenplan.parser.targets.TargetReading;

/**
 * One run of the parser over one text: lines → tokens → header and tree → headings and tasks (and the
 * tasks of its tables, when the text comes from a document with tables), with every issue met on the way.
 */
final class PlanReading {

    private PlanReading() {}

    static ParsedPlan read(String text) {
        return read(text, Map.of(), ParseLimits.DEFAULTS);
    }

    /**
     * @param text      the text to parse
     * @param tableRows the lines of {@code text} that are table rows, by line number, with their cells
     * @param limits    where to stop: a stop is an ERROR issue and the tasks read until then
     */
    static ParsedPlan read(String text, Map<Integer, TableRowBlock> tableRows, ParseLimits limits) {
        return read(text, tableRows, limits, new TargetPhraseParser()::read);
    }

    /** As above, with the target reader given (tests give one that fails). */
    static ParsedPlan read(
            String text,
            Map<Integer, TableRowBlock> tableRows,
            ParseLimits limits,
            Function<String, TargetReading> targetReader) {
        ParseBudget budget = new ParseBudget(limits);
        List<SourceLine> lines = LineReader.read(text);
        Optional<ParseIssue> overlong = overlongLine(lines, budget);
        if (overlong.isPresent()) {
            return refused(overlong.get());
        }
        tableRows = GluedTables.withRowsOf(lines, tableRows);
        List<Token> tokens = Token.tokenize(lines, tableRows.keySet());
        int bodyStart = firstNumbered(tokens);
        HeaderReader headerReader = new HeaderReader(tokens);
        headerReader.readHead(bodyStart);
        TreeBuilder.Tree tree = TreeBuilder.build(tokens, bodyStart);
        Set<Integer> metadata = new HashSet<>(headerReader.readSignature(tree.unplaced()));
        Header header = headerReader.header();
        List<ParseIssue> issues = new ArrayList<>(headerReader.unknownHeadLines(bodyStart));
        issues.addAll(tree.issues());

        TaskAssembler assembler = new TaskAssembler(text, header.planYear(), Conventions.of(tokens), targetReader);
        List<Heading> headings = new ArrayList<>();
        List<ParsedTask> tasks = new ArrayList<>();
        Optional<ParseIssue> stop = assemble(tree, assembler, budget, headings, tasks);
        if (stop.isEmpty()) {
            TableReading.Tables tables = TableReading.read(tokens, tableRows, List.copyOf(headings));
            stop = assembleTables(tables, assembler, budget, headings, tasks);
            issues.addAll(tables.issues());
        }
        issues.addAll(assembler.issues());
        if (stop.isPresent()) {
            issues.add(stop.get());
        } else {
            issues.addAll(unplacedAfterTasks(tree, metadata));
            issues.addAll(endIssues(tokens, metadata, tasks));
        }
        return new ParsedPlan(
                header.title(),
                header.issuer(),
                header.issuedOnBehalfBy(),
                header.issuedDate(),
                header.planYear(),
                header.addressees(),
                header.documentNumber(),
                headings,
                tasks,
                sorted(issues));
    }

    /** @return the ERROR that stopped the assembly (time, a task too long, too many tasks), or empty */
    private static Optional<ParseIssue> assemble(
            TreeBuilder.Tree tree,
            TaskAssembler assembler,
            ParseBudget budget,
            List<Heading> headings,
            List<ParsedTask> tasks) {
        for (TreeBuilder.Node node : tree.nodes()) {
            SourceLine first = node.head().line();
            if (node.kind() != TreeBuilder.Kind.TASK) {
                headings.add(assembler.heading(node));
                continue;
            }
            int chars = node.last().line().contentEnd() - first.contentStart();
            Optional<ParseIssue> stop = budget.overTime(first.number())
                    .or(() -> budget.tooLong(first.number(), first.column(), chars))
                    .or(() -> budget.countTask(first.number()));
            if (stop.isPresent()) {
                return stop;
            }
            tasks.add(assembler.task(node));
        }
        return Optional.empty();
    }

    /** Table headings and rows join the text's, all in printed order. */
    private static Optional<ParseIssue> assembleTables(
            TableReading.Tables tables,
            TaskAssembler assembler,
            ParseBudget budget,
            List<Heading> headings,
            List<ParsedTask> tasks) {
        if (tables.rows().isEmpty() && tables.headings().isEmpty()) {
            return Optional.empty();
        }
        headings.addAll(tables.headings());
        for (TableTasks.Row row : tables.rows()) {
            SourceLine line = row.token().line();
            Optional<ParseIssue> stop = budget.overTime(line.number())
                    .or(() -> budget.tooLong(
                            line.number(), line.column(), line.content().length()))
                    .or(() -> budget.countTask(line.number()));
            if (stop.isPresent()) {
                return stop;
            }
            tasks.add(assembler.task(row));
        }
        headings.sort(Comparator.comparingInt(Heading::line));
        tasks.sort(Comparator.comparingInt(t -> t.span().line()));
        return Optional.empty();
    }

    /**
     * A line longer than a task may be is refused before anything else reads it, so that a text of megabytes
     * on one line costs one pass (no reading stage then sees more than {@link ParseLimits#maxTaskChars()}
     * characters of one line).
     */
    private static Optional<ParseIssue> overlongLine(List<SourceLine> lines, ParseBudget budget) {
        for (SourceLine line : lines) {
            Optional<ParseIssue> issue =
                    budget.tooLong(line.number(), line.column(), line.content().length());
            if (issue.isPresent()) {
                return issue;
            }
        }
        return Optional.empty();
    }

    private static ParsedPlan refused(ParseIssue issue) {
        return new ParsedPlan(null, null, null, null, null, List.of(), null, List.of(), List.of(), List.of(issue));
    }

    /** @return index of the first numbered line or table row: where the body starts */
    private static int firstNumbered(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(LineKind.NUMBERED) || tokens.get(i).is(LineKind.TABLE_ROW)) {
                return i;
            }
        }
        return tokens.size();
    }

    private static List<ParseIssue> unplacedAfterTasks(TreeBuilder.Tree tree, Set<Integer> metadata) {
        return tree.unplacedAfterTask().stream()
                .filter(t -> !metadata.contains(t.line().number()))
                .map(t -> ParseIssue.warning(
                        t.line().number(),
                        t.line().column(),
                        IssueCode.UNPLACED_TEXT,
                        Abbreviation.of(t.line().content(), 20)))
                .toList();
    }

    private static List<ParseIssue> sorted(List<ParseIssue> issues) {
        issues.sort(Comparator.comparingInt(ParseIssue::line).thenComparingInt(ParseIssue::column));
        return issues;
    }

    private static List<ParseIssue> endIssues(List<Token> tokens, Set<Integer> metadata, List<ParsedTask> tasks) {
        if (tasks.isEmpty()) {
            return List.of(ParseIssue.error(1, 1, IssueCode.NO_TASKS));
        }
        return CompletenessCheck.check(tokens, metadata, tasks).stream().toList();
    }
}
