package org.greenplan.planimport;

import java.util.List;
import java.util.Map;
import org.greenplan.parser.plan.Deadline;
import org.greenplan.parser.plan.Heading;
import org.greenplan.parser.plan.ParseIssue;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.plan.ResponsibilityClause;
import org.greenplan.parser.plan.UnitAssignment;
import org.greenplan.parser.targets.TargetComparator;
import org.greenplan.parser.targets.TargetSpec;
import org.greenplan.plan.draft.DraftAssignment;
import org.greenplan.plan.draft.DraftClause;
import org.greenplan.plan.draft.DraftHeading;
import org.greenplan.plan.draft.DraftTarget;
import org.greenplan.plan.draft.DraftTask;
import org.greenplan.plan.draft.PlanDraft;
import org.greenplan.plan.view.ClauseView;
import org.greenplan.plan.view.Comparison;
import org.greenplan.plan.view.IssueView;

/** Turns what the parser read into the plan module's draft input: the seam between the two. */
final class DraftMapping {
    private DraftMapping() {}

    /**
     * @param parsed  what the parser read
     * @param unitIds unit id for every printed unit name in {@code parsed}
     * @throws IllegalArgumentException when a printed unit name has no id in {@code unitIds}
     */
    static PlanDraft toDraft(ParsedPlan parsed, Map<String, Long> unitIds) {
        return new PlanDraft(
                parsed.title(),
                parsed.planYear(),
                parsed.issuer(),
                parsed.issuedOnBehalfBy(),
                parsed.issuedDate(),
                parsed.documentNumber(),
                parsed.addressees(),
                parsed.headings().stream().map(DraftMapping::heading).toList(),
                parsed.tasks().stream().map(t -> task(t, unitIds)).toList(),
                parsed.issues().stream().map(DraftMapping::issue).toList());
    }

    /** @return the plan's comparison of the same name */
    static Comparison comparison(TargetComparator comparator) {
        return Comparison.valueOf(comparator.name());
    }

    private static DraftHeading heading(Heading h) {
        return new DraftHeading(h.path(), h.level(), h.number(), h.title(), h.line());
    }

    private static DraftTask task(ParsedTask t, Map<String, Long> unitIds) {
        Deadline deadline = t.deadline();
        return new DraftTask(
                t.path(),
                t.number(),
                t.text(),
                t.sourceText(),
                new DraftTask.SourcePosition(
                        t.span().line(),
                        t.span().column(),
                        t.span().startOffset(),
                        t.span().endOffset()),
                deadline == null ? null : deadline.date(),
                deadline != null && deadline.open(),
                deadline == null ? null : deadline.phrase(),
                t.units().stream().map(u -> assignment(u, unitIds)).toList(),
                t.targets().stream().map(DraftMapping::target).toList(),
                t.clauses().stream().map(DraftMapping::clause).toList());
    }

    private static DraftAssignment assignment(UnitAssignment unit, Map<String, Long> unitIds) {
        Long unitId = unitIds.get(unit.name());
        if (unitId == null) {
            throw new IllegalArgumentException("unit not resolved: " + unit.name());
        }
        return new DraftAssignment(unitId, unit.role().name(), unit.name(), unit.inherited());
    }

    private static DraftTarget target(TargetSpec t) {
        return new DraftTarget(
                t.indicator(),
                comparison(t.comparator()),
                t.value(),
                t.upperValue(),
                t.unit(),
                t.printedPhrase(),
                t.start(),
                t.end());
    }

    private static DraftClause clause(ResponsibilityClause c) {
        List<ClauseView.ClauseUnit> units = c.units().stream()
                .map(u -> new ClauseView.ClauseUnit(u.role().name(), u.name()))
                .toList();
        return new DraftClause(c.text(), c.span().startOffset(), c.span().endOffset(), units);
    }

    private static IssueView issue(ParseIssue i) {
        return new IssueView(i.line(), i.column(), i.severity().name(), i.code().key(), i.args(), i.message());
    }
}
