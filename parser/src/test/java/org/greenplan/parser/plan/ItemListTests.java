package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A numbered list of projects inside a task item is part of the task's text. Invented examples. */
class ItemListTests {

    private final PlanParser parser = new PlanParser();

    @Test
    void keepsANumberedProjectListInTheTextOfItsItem() {
        ParsedPlan plan = parser.parse("一、重点工程\n（一）实施水系连通\n建设项目：\n1.东湖至西湖连通渠1.2公里；\n2.南河清淤3公里。\n"
                + "建设要求：年底前完工。（区水利局负责，区财政局配合）\n（二）建设海绵城市\n新建海绵化改造项目10个。（区住建局负责）");

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("（一）", "（二）");
        ParsedTask first = plan.tasks().get(0);
        assertThat(first.text()).contains("建设项目：", "1.东湖至西湖连通渠1.2公里；", "2.南河清淤3公里。", "建设要求：年底前完工。");
        assertThat(first.units()).extracting(UnitAssignment::name).containsExactly("区水利局", "区财政局");
        assertThat(plan.issues()).noneMatch(i -> i.code() == IssueCode.UNPLACED_TEXT);
    }

    @Test
    void readsNumberedLinesAfterALabelThatNamesNoListAsTasks() {
        ParsedPlan plan = parser.parse("一、重点工程\n（一）实施水系连通\n工作要求：\n1.建设连通渠1.2公里。（区水利局负责）\n" + "2.完成南河清淤3公里。（区城管局负责）");

        assertThat(plan.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
    }
}
