package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenplan.parser.plan.AssignmentRole.CO;
import static org.greenplan.parser.plan.AssignmentRole.LEAD;
import static org.greenplan.parser.plan.AssignmentRole.RESPONSIBLE;

import org.junit.jupiter.api.Test;

/**
 * Conventions a document states once for every later task (styles h and i) and abbreviated unit lists
 * (style j), one behaviour per test, input inline. The splitting rules in detail: {@link UnitListsTests}.
 */
class PlanConventionTests {

    private final PlanParser parser = new PlanParser();

    @Test
    void readsStyleH_theFirstListedRuleAfterAFullStopInsideTheBracket() {
        ParsedPlan plan = parser.parse("""
                （三）完善创新体系。（工业和信息化部、发展改革委等负责。列第一位者为牵头单位，下同）
                （四）推进协同发展。（农业农村部、商务部等负责）
                """);

        assertThat(plan.tasks())
                .extracting(t -> t.unitNames(LEAD))
                .containsExactly(java.util.List.of("工业和信息化部"), java.util.List.of("农业农村部"));
        assertThat(plan.tasks().get(1).unitNames(CO)).containsExactly("商务部");
    }

    @Test
    void readsStyleH_aTableNoteAppliesToEveryTaskOfTheDocument() {
        ParsedPlan plan = parser.parse("1.甲项工作。（市林业局、市水利局）\n2.乙项工作。（市水利局、市财政局）\n注：主要责任单位第一个为牵头单位。\n");

        assertThat(plan.tasks())
                .extracting(t -> t.unitNames(LEAD))
                .containsExactly(java.util.List.of("市林业局"), java.util.List.of("市水利局"));
    }

    @Test
    void readsStyleI_anInheritanceNoteAddsItsUnitsToEveryLaterTask() {
        ParsedPlan plan = parser.parse("""
                1.甲项工作。（市林业局）
                以下均需各县区政府落实，不再列出。
                2.乙项工作。（市水利局）
                3.丙项工作。（牵头单位：市财政局）
                """);

        assertThat(plan.tasks().get(0).units()).containsExactly(UnitAssignment.responsible("市林业局"));
        assertThat(plan.tasks().get(1).units())
                .containsExactly(UnitAssignment.responsible("市水利局"), new UnitAssignment("各县区政府", RESPONSIBLE, true));
        assertThat(plan.tasks().get(2).units())
                .containsExactly(new UnitAssignment("市财政局", LEAD, false), new UnitAssignment("各县区政府", CO, true));
        assertThat(plan.tasks().get(1).clauses())
                .singleElement()
                .satisfies(c ->
                        assertThat(c.units()).extracting(UnitAssignment::name).containsExactly("市水利局"));
    }

    @Test
    void readsStyleJ_anAbbreviatedLevelPrefixIsRestored() {
        ParsedTask task = onlyTask("8.深化审批制度改革。（持续优化，牵头考核单位：市住建局、审批服务局）");

        assertThat(task.unitNames(LEAD)).containsExactly("市住建局", "市审批服务局");
    }

    private ParsedTask onlyTask(String text) {
        ParsedPlan plan = parser.parse(text);
        assertThat(plan.tasks()).hasSize(1);
        return plan.tasks().get(0);
    }
}
