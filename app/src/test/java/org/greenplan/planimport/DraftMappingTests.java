package org.greenplan.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.greenplan.parser.plan.AssignmentRole;
import org.greenplan.parser.plan.Deadline;
import org.greenplan.parser.plan.Heading;
import org.greenplan.parser.plan.ParseIssue;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.plan.ResponsibilityClause;
import org.greenplan.parser.plan.SourceSpan;
import org.greenplan.parser.plan.UnitAssignment;
import org.greenplan.parser.targets.TargetComparator;
import org.greenplan.parser.targets.TargetSpec;
import org.greenplan.plan.draft.DraftTask;
import org.greenplan.plan.draft.PlanDraft;
import org.greenplan.plan.view.ClauseView;
import org.greenplan.plan.view.Comparison;
import org.greenplan.plan.view.IssueView;
import org.junit.jupiter.api.Test;

/** What the parser read becomes the plan module's draft input, field by field. */
class DraftMappingTests {
    private static final UnitAssignment LEAD = new UnitAssignment("市发改委", AssignmentRole.LEAD, false);
    private static final UnitAssignment CO = new UnitAssignment("市林业局", AssignmentRole.CO, true);

    @Test
    void thePlansComparisonsAreTheParsersComparatorsByName() {
        assertThat(Arrays.stream(Comparison.values()).map(Enum::name))
                .containsExactlyElementsOf(
                        Arrays.stream(TargetComparator.values()).map(Enum::name).toList());
        assertThat(DraftMapping.comparison(TargetComparator.DECREASE_BY)).isEqualTo(Comparison.DECREASE_BY);
    }

    @Test
    void mapsMetadataTasksUnitsTargetsClausesAndIssues() {
        PlanDraft draft = DraftMapping.toDraft(parsed(), Map.of("市发改委", 7L, "市林业局", 9L));

        assertThat(draft.title()).isEqualTo("工作要点");
        assertThat(draft.planYear()).isEqualTo(2022);
        assertThat(draft.issuedDate()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(draft.addressees()).containsExactly("各县、区");
        assertThat(draft.headings()).singleElement().satisfies(h -> {
            assertThat(h.path()).containsExactly("一");
            assertThat(h.title()).isEqualTo("推进绿色制造");
            assertThat(h.line()).isEqualTo(3);
        });
        DraftTask task = draft.tasks().get(0);
        assertThat(task.source()).isEqualTo(new DraftTask.SourcePosition(4, 1, 40, 80));
        assertThat(task.deadline()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(task.deadlineOpen()).isFalse();
        assertThat(task.deadlinePhrase()).isEqualTo("6月底前");
        assertThat(task.units())
                .extracting(u -> u.unitId() + ":" + u.role() + ":" + u.printedName() + ":" + u.inherited())
                .containsExactly("7:LEAD:市发改委:false", "9:CO:市林业局:true");
        assertThat(task.targets()).singleElement().satisfies(t -> {
            assertThat(t.comparator()).isEqualTo(Comparison.AT_LEAST);
            assertThat(t.value()).isEqualByComparingTo("92");
            assertThat(t.phrase()).isEqualTo("达92%以上");
            assertThat(t.spanStart()).isEqualTo(5);
            assertThat(t.spanEnd()).isEqualTo(11);
        });
        assertThat(task.clauses()).singleElement().satisfies(c -> {
            assertThat(c.units())
                    .containsExactly(
                            new ClauseView.ClauseUnit("LEAD", "市发改委"), new ClauseView.ClauseUnit("CO", "市林业局"));
            assertThat(c.startOffset()).isEqualTo(60);
        });
        assertThat(draft.issues())
                .containsExactly(new IssueView(4, 2, "WARNING", "parse.issue.TEXT", List.of("未识别的完成时限"), "未识别的完成时限"));
    }

    @Test
    void aUnitWithoutAnIdIsAnError() {
        assertThatThrownBy(() -> DraftMapping.toDraft(parsed(), Map.of("市发改委", 7L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("市林业局");
    }

    private static ParsedPlan parsed() {
        ParsedTask task = new ParsedTask(
                List.of("一", "1"),
                "1",
                "秸秆综合利用率达92%以上。",
                List.of(LEAD, CO),
                Deadline.by(LocalDate.of(2022, 6, 30), "6月底前"),
                List.of(new TargetSpec(
                        "秸秆综合利用率", TargetComparator.AT_LEAST, new BigDecimal("92"), null, "%", "达92%以上", 5, 11)),
                new SourceSpan(4, 1, 40, 80),
                "秸秆综合利用率达92%以上。（市发改委牵头，市林业局配合）",
                List.of(new ResponsibilityClause("秸秆综合利用率达92%以上。", List.of(LEAD, CO), new SourceSpan(4, 21, 60, 75))));
        return new ParsedPlan(
                "工作要点",
                "市政府",
                null,
                LocalDate.of(2022, 3, 1),
                2022,
                List.of("各县、区"),
                null,
                List.of(new Heading(List.of("一"), 1, "一", "推进绿色制造", 3)),
                List.of(task),
                List.of(ParseIssue.warning(4, 2, "未识别的完成时限")));
    }
}
