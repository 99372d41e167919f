package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.parser.target.TargetPhraseParser;
import org.greenplan.parser.target.TargetSpec;

/**
 * Turns the nodes of {@link TreeBuilder} into {@link Heading}s and {@link ParsedTask}s: number and
 * unit clauses out of the text, units with roles, deadline, targets, and the span in the source.
 */
final class TaskAssembler {

    private final String source;
    private final Integer planYear;
    private final int firstListedRuleLine;
    private final TargetPhraseParser targetParser = new TargetPhraseParser();
    private final List<ParseIssue> issues = new ArrayList<>();

    /**
     * @param source              the text given to the parser (spans point into it)
     * @param planYear            for deadlines such as 6月底前, or null
     * @param firstListedRuleLine line where the document states 列第一位者为牵头单位; the rule applies to
     *                            tasks ending on or after it ({@link Integer#MAX_VALUE} when never stated)
     */
    TaskAssembler(String source, Integer planYear, int firstListedRuleLine) {
        this.source = source;
        this.planYear = planYear;
        this.firstListedRuleLine = firstListedRuleLine;
    }

    Heading heading(TreeBuilder.Node node) {
        Token head = node.head();
        return new Heading(node.path(), node.path().size(), node.number(), Headings.title(head.rest()),
                head.line().number());
    }

    ParsedTask task(TreeBuilder.Node node) {
        String paragraph = paragraph(node);
        UnitClauseExtractor.Extraction extraction = UnitClauseExtractor.extract(paragraph);
        List<UnitAssignment> units = withFirstListedRule(extraction.units(),
                node.last().line().number() >= firstListedRuleLine);
        SourceLine first = node.head().line();
        if (units.isEmpty()) {
            issues.add(ParseIssue.warning(first.number(), first.column(), "未识别责任单位（任务 "
                    + (node.number().isEmpty() ? Abbreviation.of(extraction.text(), 10) : node.number()) + "）"));
        }
        int start = first.contentStart();
        int end = node.last().line().contentEnd();
        return new ParsedTask(node.path(), node.number(), extraction.text(), units,
                DeadlineReader.read(paragraph, planYear), targets(extraction.text(), first),
                new SourceSpan(first.number(), first.column(), start, end), source.substring(start, end));
    }

    List<ParseIssue> issues() {
        return issues;
    }

    /** The task's text after its number; further paragraphs joined with a line break. */
    private static String paragraph(TreeBuilder.Node node) {
        StringBuilder text = new StringBuilder(node.head().rest());
        node.lines().stream().skip(1).forEach(t -> text.append('\n').append(t.line().content()));
        return text.toString();
    }

    /** Under the stated rule, a plain list means: first unit leads, the others co-operate. */
    private static List<UnitAssignment> withFirstListedRule(List<UnitAssignment> units, boolean ruleApplies) {
        if (!ruleApplies || units.stream().anyMatch(u -> u.role() != AssignmentRole.RESPONSIBLE)) {
            return units;
        }
        List<UnitAssignment> ruled = new ArrayList<>();
        for (UnitAssignment unit : units) {
            AssignmentRole role = ruled.isEmpty() ? AssignmentRole.LEAD : AssignmentRole.CO;
            ruled.add(new UnitAssignment(unit.name(), role, unit.inherited()));
        }
        return ruled;
    }

    /** The target parser is someone else's code: a failure there must not lose the whole plan. */
    private List<TargetSpec> targets(String text, SourceLine line) {
        try {
            return targetParser.findTargets(text);
        } catch (RuntimeException e) {
            issues.add(ParseIssue.warning(line.number(), line.column(), "目标识别失败，请人工填写目标：" + e.getClass().getSimpleName()));
            return List.of();
        }
    }
}
