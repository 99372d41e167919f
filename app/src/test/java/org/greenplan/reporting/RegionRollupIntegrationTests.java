package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.greenplan.IntegrationTest;
import org.greenplan.PublishedStrawTarget;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.supervision.TaskStatus;
import org.greenplan.targets.TargetTracking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The city's 宿州 plan rolled up over county plans: 砀山县 (straw 93 %, 20,000 kW new capacity), 萧县 (straw
 * 88 %, 15,000 kW), 灵璧县 (the indicators, no values yet); 泗县 and 埇桥区 have no plan.
 */
@IntegrationTest
class RegionRollupIntegrationTests {
    private static final LocalDate JUNE_30 = LocalDate.of(2022, 6, 30);

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TargetTracking tracking;

    @Autowired
    RegionRollup rollup;

    long cityPlan;

    @BeforeEach
    void cityAndCountyPlans() {
        cityPlan = PublishedStrawTarget.publish(importer, jdbc).planId();
        long dangshan = countyPlan("砀山县");
        long xiao = countyPlan("萧县");
        countyPlan("灵璧县");
        report(dangshan, "秸秆综合利用率", "93");
        report(dangshan, "新增可再生能源发电装机", "20000");
        report(xiao, "秸秆综合利用率", "88");
        report(xiao, "新增可再生能源发电装机", "15000");
    }

    @Test
    void aRateIsTheMeanOfTheCountiesThatReportedAndAnAmountTheirSum() {
        Rollup result = rollup.of(cityPlan, JUNE_30);

        assertThat(result.region().name()).isEqualTo("宿州市");
        assertThat(result.regions().stream().map(r -> r.region().name()))
                .containsExactly("埇桥区", "砀山县", "萧县", "灵璧县", "泗县");
        Rollup.IndicatorRollup straw = indicator(result, "秸秆综合利用率");
        assertThat(straw.number()).isEqualTo("10");
        assertThat(straw.rule()).isEqualTo(RollupRule.MEAN);
        assertThat(straw.values().stream().map(Rollup.RegionValue::state))
                .containsExactly(
                        Rollup.ValueState.NO_PLAN,
                        Rollup.ValueState.REPORTED,
                        Rollup.ValueState.REPORTED,
                        Rollup.ValueState.NO_VALUE,
                        Rollup.ValueState.NO_PLAN);
        assertThat(straw.reporting()).isEqualTo(2);
        assertThat(straw.aggregate()).isEqualByComparingTo("90.5");
        assertThat(straw.met()).as("90.5 % against ≥ 92 %").isFalse();

        Rollup.IndicatorRollup capacity = indicator(result, "新增可再生能源发电装机");
        assertThat(capacity.rule()).isEqualTo(RollupRule.SUM);
        assertThat(capacity.unit()).isEqualTo("kW");
        assertThat(capacity.aggregate()).isEqualByComparingTo("35000");
        assertThat(capacity.met()).as("35,000 kW against ≥ 150,000 kW").isFalse();
    }

    @Test
    void eachCountysTasksAreCountedByStatusAndTotalled() {
        Rollup result = rollup.of(cityPlan, JUNE_30);

        Rollup.RegionPlan dangshan = result.regions().get(1);
        assertThat(dangshan.title()).isEqualTo("砀山县实施绿色发展行动2022年工作要点");
        assertThat(dangshan.tasks()).isEqualTo(3);
        assertThat(dangshan.counts().getOrDefault(TaskStatus.COMPLETED, 0))
                .as("93 % meets ≥ 92 %, but only the office's close-out makes a task 已完成")
                .isZero();
        assertThat(dangshan.counts().get(TaskStatus.GREEN))
                .as("the met task is green, awaiting close-out")
                .isGreaterThanOrEqualTo(1);
        assertThat(result.regions().get(0).planId()).isNull();
        int total =
                result.totals().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isEqualTo(9);
        assertThat(result.totalTasks()).isEqualTo(9);
    }

    @Test
    void theTotalsRowCountsEveryCountysTasks() throws Exception {
        String page = mvc.perform(get("/plans/{id}/rollup", cityPlan)
                        .param("on", "2022-06-30")
                        .with(TestActors.office()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        org.jsoup.nodes.Element totals = org.jsoup.Jsoup.parse(page).selectFirst("#rollup-totals");
        assertThat(totals).isNotNull();
        assertThat(totals.select("td").get(2).text())
                .as("three counties with three tasks each")
                .isEqualTo("9");
        assertThat(totals.selectFirst("#rollup-total-tasks").text()).isEqualTo("9");
    }

    @Test
    void theRollupPageShowsTheCombinedValuesAndTheRule() throws Exception {
        String page = mvc.perform(get("/plans/{id}/rollup", cityPlan)
                        .param("on", "2022-06-30")
                        .with(TestActors.leader()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("县区汇总", "砀山县", "90.5%", "2 个县区平均（未加权）", "35000kW", "2 个县区合计", "未导入计划", "汇总值未达标");
    }

    @Test
    void aPlanOfARegionWithoutCountiesSaysSo() throws Exception {
        long dangshan = jdbc.sql("select id from plan where title like '砀山县%'")
                .query(Long.class)
                .single();

        Rollup result = rollup.of(dangshan, JUNE_30);

        assertThat(result.regions()).isEmpty();
        assertThat(result.indicators())
                .allSatisfy(i -> assertThat(i.aggregate()).isNull());
        mvc.perform(get("/plans/{id}/rollup", dangshan).with(TestActors.office()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("砀山县没有下级县区")));
    }

    @Test
    void theRuleFollowsTheTargetsKind() {
        assertThat(RollupRule.MEAN.combine(List.of(new BigDecimal("93"), new BigDecimal("88"), new BigDecimal("90"))))
                .isEqualByComparingTo("90.33");
        assertThat(RollupRule.SUM.combine(List.of(new BigDecimal("2"), new BigDecimal("3"))))
                .isEqualByComparingTo("5");
        assertThat(RollupRule.MEAN.combine(List.of())).isNull();
    }

    private long countyPlan(String county) {
        String document = county + "实施绿色发展行动2022年工作要点\n"
                + "一、大力推进绿色低碳循环发展\n"
                + "(一)建立健全绿色产业体系\n"
                + "1.抓好绿色制造体系建设,培育绿色工厂1家以上。(责任单位:县经济和信息化局)\n"
                + "2.继续扩大可再生能源应用规模。争取全年新增可再生能源发电装机3万千瓦以上。(责任单位:县发展改革委)\n"
                + "3.推进秸秆综合利用工程。到2022年,完成秸秆综合利用率达92%以上等目标任务。(责任单位:县农业农村局)\n";
        long planId = importer.importAndPublish(document.getBytes(StandardCharsets.UTF_8), county + ".txt")
                .planId();
        jdbc.sql("update plan set region_id = (select id from region where name = ?) where id = ?")
                .params(county, planId)
                .update();
        return planId;
    }

    private void report(long planId, String indicator, String value) {
        var row = jdbc.sql("""
                        select t.id as task_id, g.id as target_id from target g join task t on t.id = g.task_id
                        where t.plan_id = ? and g.indicator = ?""")
                .params(planId, indicator)
                .query((rs, i) -> new long[] {rs.getLong("task_id"), rs.getLong("target_id")})
                .single();
        tracking.recordValue(planId, row[0], row[1], LocalDate.of(2022, 6, 1), new BigDecimal(value), false, null);
    }

    private static Rollup.IndicatorRollup indicator(Rollup result, String name) {
        return result.indicators().stream()
                .filter(i -> i.indicator().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
