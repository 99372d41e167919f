package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One run of the parser over one text: lines → tokens → header and tree → headings and tasks, with
 * every issue met on the way.
 */
final class PlanReading {

    private PlanReading() {
    }

    static ParsedPlan read(String text) {
        List<Token> tokens = Token.tokenize(LineReader.read(text));
        int bodyStart = firstNumbered(tokens);
        HeaderReader headerReader = new HeaderReader(tokens);
        headerReader.readHead(bodyStart);
        TreeBuilder.Tree tree = TreeBuilder.build(tokens, bodyStart);
        Set<Integer> metadata = new HashSet<>(headerReader.readSignature(tree.unplaced()));
        Header header = headerReader.header();
        List<ParseIssue> issues = new ArrayList<>(headerReader.unknownHeadLines(bodyStart));
        issues.addAll(tree.issues());

        TaskAssembler assembler = new TaskAssembler(text, header.planYear(), firstListedRuleLine(tokens));
        List<Heading> headings = new ArrayList<>();
        List<ParsedTask> tasks = new ArrayList<>();
        assemble(tree, assembler, headings, tasks);
        issues.addAll(assembler.issues());
        issues.addAll(unplacedAfterTasks(tree, metadata));
        issues.addAll(endIssues(tokens, metadata, tasks));
        issues.sort(Comparator.comparingInt(ParseIssue::line).thenComparingInt(ParseIssue::column));
        return new ParsedPlan(header.title(), header.issuer(), header.issuedOnBehalfBy(), header.issuedDate(),
                header.planYear(), header.addressees(), header.documentNumber(), headings, tasks, issues);
    }

    private static void assemble(TreeBuilder.Tree tree, TaskAssembler assembler, List<Heading> headings,
            List<ParsedTask> tasks) {
        for (TreeBuilder.Node node : tree.nodes()) {
            if (node.kind() == TreeBuilder.Kind.TASK) {
                tasks.add(assembler.task(node));
            } else {
                headings.add(assembler.heading(node));
            }
        }
    }

    private static int firstNumbered(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(LineKind.NUMBERED)) {
                return i;
            }
        }
        return tokens.size();
    }

    private static int firstListedRuleLine(List<Token> tokens) {
        return tokens.stream()
                .filter(t -> UnitClauseReader.FIRST_LISTED_RULE.matcher(t.line().content()).find())
                .mapToInt(t -> t.line().number()).findFirst().orElse(Integer.MAX_VALUE);
    }

    private static List<ParseIssue> unplacedAfterTasks(TreeBuilder.Tree tree, Set<Integer> metadata) {
        return tree.unplacedAfterTask().stream()
                .filter(t -> !metadata.contains(t.line().number()))
                .map(t -> ParseIssue.warning(t.line().number(), t.line().column(),
                        "段落不属于任何任务（没有编号，也没有责任单位）：" + Abbreviation.of(t.line().content(), 20)))
                .toList();
    }

    private static List<ParseIssue> endIssues(List<Token> tokens, Set<Integer> metadata, List<ParsedTask> tasks) {
        if (tasks.isEmpty()) {
            return List.of(ParseIssue.error(1, 1, "未找到任何编号任务"));
        }
        return CompletenessCheck.check(tokens, metadata, tasks).stream().toList();
    }
}
