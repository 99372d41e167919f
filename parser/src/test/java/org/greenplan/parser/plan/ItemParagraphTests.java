package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.greenplan.parser.plan.AssignmentRole.CO;
import static org.greenplan.parser.plan.AssignmentRole.LEAD;

import org.junit.jupiter.api.Test;

/** Numbered items printed over several paragraphs, with their units on bare 责任单位： lines. */
class ItemParagraphTests {

    private final PlanParser parser = new PlanParser();

    @Test
    void readsShortTitleItemsWhoseUnitsFollowOnALabelLine() {
        ParsedPlan plan = parser.parse("白沙县村庄清洁方案\n一、主要任务\n1.治理村内沟渠\n年底前完成沟渠清淤。\n责任单位：县水利局牵头，县农业农村局等参与\n"
                + "2.清理生活垃圾\n6月底前完成垃圾清运。\n责任单位：县城管局负责");

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        assertThat(plan.tasks().get(0).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("县水利局", LEAD), tuple("县农业农村局", CO));
    }

    @Test
    void keepsASecondParagraphWithItsOwnUnitLineInTheSameTaskAsASecondClause() {
        ParsedPlan plan = parser.parse("白沙县秸秆禁烧方案\n一、主要任务\n1.推进秸秆还田 到2025年秸秆综合利用率达到92%以上。\n"
                + "责任单位：县农业农村局牵头，县发展改革委等参与\n严禁露天焚烧秸秆，建立网格巡查机制。\n责任单位：县生态环境分局牵头，县公安局等参与\n"
                + "2.减少化肥使用 化肥使用量下降5%。\n责任单位：县农业农村局负责");

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
        ParsedTask first = plan.tasks().get(0);
        assertThat(first.units())
                .extracting(UnitAssignment::name)
                .containsExactly("县农业农村局", "县发展改革委", "县生态环境分局", "县公安局");
        assertThat(first.clauses()).hasSize(2);
        assertThat(first.clauses().get(1).text()).contains("严禁露天焚烧秸秆");
        assertThat(plan.issues()).extracting(ParseIssue::message).noneMatch(m -> m.contains("段落不属于任何任务"));
    }
}
