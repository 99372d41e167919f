package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Unit lists that leave out what their names share: a level prefix or a common ending. */
class UnitListStyleTests {

    private final PlanParser parser = new PlanParser();

    private ParsedTask onlyTask(String text) {
        return parser.parse(text).tasks().get(0);
    }

    @Test
    void restoresASharedEndingLeftOutOfTheFirstNames() {
        ParsedTask task = onlyTask("一、重点任务\n1.建设综合管廊。新建城市地下综合管廊3公里。（南岸、北岸片区管委会负责，区住建局配合）");

        assertThat(task.units()).extracting(UnitAssignment::name).containsExactly("南岸片区管委会", "北岸片区管委会", "区住建局");
    }

    @Test
    void restoresASharedEndingOverSeveralNames() {
        ParsedTask task = onlyTask("一、重点任务\n1.开展巡查。每月巡查一次。（责任单位：东城、西城、南城街道办事处）");

        assertThat(task.units()).extracting(UnitAssignment::name).containsExactly("东城街道办事处", "西城街道办事处", "南城街道办事处");
    }

    @Test
    void restoresTheLevelPrefixOfCourtsAndOfNamesStartingWithTheWord市场() {
        ParsedTask task = onlyTask("一、主要任务\n1.开展公益诉讼。依法提起公益诉讼。（责任单位：县人民法院、人民检察院、县卫生健康局、市场监督管理局、台湾事务办）");

        assertThat(task.units())
                .extracting(UnitAssignment::name)
                .containsExactly("县人民法院", "县人民检察院", "县卫生健康局", "县市场监督管理局", "县台湾事务办");
    }

    @Test
    void givesNoLevelPrefixToABodyNamedAfterItsPort() {
        ParsedTask task = onlyTask("一、主要任务\n1.加强口岸监管。做到批批检测。（责任单位：县商务局、东港海事局、西湾海关、台湾事务办）");

        assertThat(task.units()).extracting(UnitAssignment::name).containsExactly("县商务局", "东港海事局", "西湾海关", "县台湾事务办");
    }

    @Test
    void keepsASharedPrefixRestoredAndClassesWhole() {
        ParsedTask task = onlyTask("一、主要任务\n1.推进农产品流通。建设冷链物流体系。（责任单位：市农业局、经信局、商务局，各区、市政府）");

        assertThat(task.units()).extracting(UnitAssignment::name).containsExactly("市农业局", "市经信局", "市商务局", "各区、市政府");
    }

    @Test
    void readsRoleVerbsOfSupportAndOfExecution() {
        ParsedPlan plan = parser.parse("一、重点任务\n1.改造雨污管网。完成改造10公里。（区城投公司组织实施，区住建局业务指导）\n"
                + "2.建设停车设施。新增泊位500个。（区城管局负责实施，区公安分局协同配合）\n"
                + "3.建设综合管廊。新建管廊3公里。（区城投公司具体负责，区住建局配合）");

        assertThat(plan.tasks())
                .extracting(t -> t.units().stream().map(UnitAssignment::name).toList())
                .containsExactly(
                        java.util.List.of("区城投公司", "区住建局"),
                        java.util.List.of("区城管局", "区公安分局"),
                        java.util.List.of("区城投公司", "区住建局"));
        assertThat(plan.tasks())
                .allSatisfy(t -> assertThat(t.units().get(1).role()).isEqualTo(AssignmentRole.CO));
    }

    @Test
    void readsUnitsOfADivisionOfDutiesLineWithLongerRoleVerbs() {
        ParsedTask task = onlyTask("一、重点项目\n（一）建设口袋公园。新建2个口袋公园。\n" + "责任分工：区住建局负责编制设计方案，属地街道办事处组织实施，由区园林中心负责技术指导。");

        assertThat(task.units()).extracting(UnitAssignment::name).containsExactly("区住建局", "属地街道办事处", "区园林中心");
    }

    @Test
    void readsAnInheritanceNoteAfterAnAsciiSemicolonInABracket() {
        ParsedPlan plan = parser.parse("一、重点任务\n1.开展企业排查。年底前完成排查。（区应急管理局牵头负责;各园区负责配合落实，以下均需各园区配合落实，不再列出）\n"
                + "2.建立风险台账。建立重点企业台账。（区应急管理局牵头负责）\n二、保障措施\n（一）加强督查。定期通报进展。（区政府办负责）");

        assertThat(plan.tasks())
                .extracting(t -> t.units().stream().map(UnitAssignment::name).toList())
                .containsExactly(
                        java.util.List.of("区应急管理局", "各园区"),
                        java.util.List.of("区应急管理局", "各园区"),
                        java.util.List.of("区政府办", "各园区"));
    }
}
