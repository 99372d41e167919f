package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of a task table flattened into lines with their deadline and unit cells glued to the task text. */
class GluedTableRowTests {

    private final PlanParser parser = new PlanParser();

    @Test
    void readsTheGluedUnitCellAfterTheDeadlineCellOfEachRow() {
        ParsedPlan plan = parser.parse("一、推进污水治理\n序号工作任务完成时限责任单位\n"
                + "1、建成城北污水处理厂二期工程10月市水务局市发改委\n"
                + "2、完成老城区雨污分流改造年底前市住建局\n"
                + "3、开展入河排污口排查全年县生态环境分局县水利局县农业农村局");

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3");
        assertThat(plan.tasks())
                .extracting(t -> t.units().stream().map(UnitAssignment::name).toList())
                .containsExactly(List.of("市水务局", "市发改委"), List.of("市住建局"), List.of("县生态环境分局", "县水利局", "县农业农村局"));
        assertThat(plan.tasks().get(0).text()).isEqualTo("建成城北污水处理厂二期工程");
    }

    @Test
    void readsTheDeadlineCellOfAGluedRowInThePlanYear() {
        ParsedPlan plan = parser.parse("青溪区2024年大气污染防治工作要点\n一、强化扬尘治理\n序号具体措施完成时限责任单位\n"
                + "1、城区建筑工地全面落实扬尘防控措施6月区住建局区城管局\n"
                + "2、渣土运输车辆全部安装卫星定位装置9月区城管局区公安分局\n"
                + "3、淘汰国三及以下排放标准营运柴油货车120辆12月底区交通运输局\n"
                + "4、开展道路扬尘巡查全年区城管局");

        assertThat(plan.tasks())
                .extracting(
                        t -> t.deadline().date().toString() + " " + t.deadline().phrase())
                .containsExactly("2024-06-30 6月", "2024-09-30 9月", "2024-12-31 12月底", "2024-12-31 全年");
    }

    @Test
    void readsNoGluedCellFromASentenceOrFromNamesThatAreNotBodies() {
        ParsedPlan plan = parser.parse(
                "一、推进污水治理\n" + "1、建成城北污水处理厂二期工程，10月市水务局组织验收。（市水务局负责）\n" + "2、完成老城区雨污分流改造年底前市区主干道全部完工（市住建局负责）");

        assertThat(plan.tasks())
                .extracting(t -> t.units().stream().map(UnitAssignment::name).toList())
                .containsExactly(List.of("市水务局"), List.of("市住建局"));
        assertThat(GluedCells.find("完成老城区雨污分流改造年底前市区主干道全部完工")).isEmpty();
        assertThat(GluedCells.find("建成城北污水处理厂二期工程，10月市水务局组织验收。")).isEmpty();
    }

    @Test
    void readsATableFlattenedUnderAGluedHeaderWithGroupRowsAndASourceColumn() {
        ParsedPlan plan = parser.parse("青溪区2024年水污染防治工作要点\n一、推进污水治理。完成城北污水处理厂建设。\n"
                + "附件：青溪区2024年水污染防治任务分工表\n"
                + "序号重点任务具体措施完成时限责任单位任务来源\n"
                + "1污水处理\n"
                + "1、建成城北污水处理厂二期工程10月区水务局区发改委\n"
                + "1、区政府工作报告\n"
                + "2、全市水污染防治推进会议\n"
                + "2、完成老城区雨污分流改造年底前区住建局\n"
                + "2入河排污口\n"
                + "3、开展入河排污口排查全年区生态环境分局区水利局\n"
                + "注：列第一位者为牵头单位。");

        assertThat(plan.headings())
                .extracting(h -> String.join("/", h.path()) + " " + h.title())
                .containsExactly("一 推进污水治理", "一/1 污水处理", "一/2 入河排污口");
        assertThat(plan.tasks())
                .extracting(
                        t -> String.join("/", t.path()),
                        ParsedTask::text,
                        t -> t.deadline().date().toString())
                .containsExactly(
                        tuple("一/1/1", "建成城北污水处理厂二期工程", "2024-10-31"),
                        tuple("一/1/2", "完成老城区雨污分流改造", "2024-12-31"),
                        tuple("一/2/3", "开展入河排污口排查", "2024-12-31"));
        assertThat(plan.tasks().get(0).units())
                .extracting(UnitAssignment::name, UnitAssignment::role)
                .containsExactly(tuple("区水务局", AssignmentRole.LEAD), tuple("区发改委", AssignmentRole.CO));
        assertThat(plan.issues()).isEmpty();
    }
}
