package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenplan.parser.document.TableRowBlock;

/**
 * One run of the parser over one text: lines → tokens → header and tree → headings and tasks (and the
 * tasks of its tables, when the text comes from a document with tables), with every issue met on the way.
 */
final class PlanReading {

    private PlanReading() {}

    static ParsedPlan read(String text) {
        return read(text, Map.of());
    }

    /**
     * @param text      the text to parse
     * @param tableRows the lines of {@code text} that are table rows, by line number, with their cells
     */
    static ParsedPlan read(String text, Map<Integer, TableRowBlock> tableRows) {
        List<Token> tokens = Token.tokenize(LineReader.read(text), tableRows.keySet());
        int bodyStart = firstNumbered(tokens);
        HeaderReader headerReader = new HeaderReader(tokens);
        headerReader.readHead(bodyStart);
        TreeBuilder.Tree tree = TreeBuilder.build(tokens, bodyStart);
        Set<Integer> metadata = new HashSet<>(headerReader.readSignature(tree.unplaced()));
        Header header = headerReader.header();
        List<ParseIssue> issues = new ArrayList<>(headerReader.unknownHeadLines(bodyStart));
        issues.addAll(tree.issues());

        TaskAssembler assembler = new TaskAssembler(text, header.planYear(), Conventions.of(tokens));
        List<Heading> headings = new ArrayList<>();
        List<ParsedTask> tasks = new ArrayList<>();
        assemble(tree, assembler, headings, tasks);
        TableReading.Tables tables = TableReading.read(tokens, tableRows, List.copyOf(headings));
        assembleTables(tables, assembler, headings, tasks);
        issues.addAll(tables.issues());
        issues.addAll(assembler.issues());
        issues.addAll(unplacedAfterTasks(tree, metadata));
        issues.addAll(endIssues(tokens, metadata, tasks));
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

    private static void assemble(
            TreeBuilder.Tree tree, TaskAssembler assembler, List<Heading> headings, List<ParsedTask> tasks) {
        for (TreeBuilder.Node node : tree.nodes()) {
            if (node.kind() == TreeBuilder.Kind.TASK) {
                tasks.add(assembler.task(node));
            } else {
                headings.add(assembler.heading(node));
            }
        }
    }

    /** Table headings and rows join the text's, all in printed order. */
    private static void assembleTables(
            TableReading.Tables tables, TaskAssembler assembler, List<Heading> headings, List<ParsedTask> tasks) {
        if (tables.rows().isEmpty() && tables.headings().isEmpty()) {
            return;
        }
        headings.addAll(tables.headings());
        tables.rows().forEach(row -> tasks.add(assembler.task(row)));
        headings.sort(Comparator.comparingInt(Heading::line));
        tasks.sort(Comparator.comparingInt(t -> t.span().line()));
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
