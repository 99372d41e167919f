package org.greenplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.supervision.PlanSupervision;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard on the shared three-month scenario, read as a leader: every number it shows equals the
 * length of the list it opens, and the numbers are {@code Supervision}'s.
 */
@IntegrationTest
class DashboardIntegrationTests {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.greenplan.targets.TargetTracking tracking;

    SupervisionScenario scenario;
    long planId;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        planId = scenario.straw().planId();
    }

    @Test
    void everyCountOfJuneEqualsTheLengthOfTheListItOpens() throws Exception {
        JsonNode data = data("&period=" + june());
        List<JsonNode> counts = counts(data);

        assertThat(counts).hasSizeGreaterThan(100);
        List<String> wrong = new ArrayList<>();
        for (JsonNode c : counts) {
            int rows = listRows(c.get("href").asString());
            if (rows != c.get("count").asInt()) {
                wrong.add(c.get("href").asString() + " counts " + c.get("count") + " but lists " + rows);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void statusSectionAndUnitCountsAreSupervisionsOnThePeriodsLastDay() throws Exception {
        JsonNode data = data("&period=" + june());
        PlanSupervision plan = supervision.ofPlan(planId, SupervisionScenario.june30());

        assertThat(data.get("on").asString()).isEqualTo("2022-06-30");
        assertThat(data.get("total").get("count").asInt()).isEqualTo(34);
        for (JsonNode s : data.get("statuses")) {
            assertThat(s.get("count").asInt())
                    .as(s.get("key").asString())
                    .isEqualTo(plan.count(TaskStatus.valueOf(s.get("key").asString())));
        }
        // tasks 7, 14 and 28 (index) report 100 % in June, approved: green awaiting close-out, not yet 已完成
        assertThat(data.get("statuses")
                        .get(TaskStatus.COMPLETED.ordinal())
                        .get("count")
                        .asInt())
                .isZero();
        assertThat(plan.withStatus(TaskStatus.GREEN))
                .filteredOn(t -> t.reason().code().equals("COMPLETED_REPORTED"))
                .hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode section : data.get("sections")) {
            assertThat(section.get("total").get("count").asInt())
                    .isEqualTo(plan.ofSection(section.get("id").asLong()).size());
        }
        for (JsonNode unit : data.get("units")) {
            assertThat(unit.get("total").get("count").asInt())
                    .isEqualTo(plan.ofUnit(unit.get("id").asLong()).size());
        }
        int sectionsTotal = 0;
        for (JsonNode section : data.get("sections")) {
            sectionsTotal += section.get("total").get("count").asInt();
        }
        assertThat(sectionsTotal).isEqualTo(34);
    }

    @Test
    void mayShowsTheLateReportsAndJuneIsAGapNotZero() throws Exception {
        JsonNode data = data("&period=" + scenario.periodIds().get(1));
        List<Long> silentTasks = jdbc.sql("""
                        select t.id from task t join assignment a on a.task_id = t.id
                        where t.plan_id = ? and a.unit_id = ?
                          and a.position = (select min(position) from assignment where task_id = t.id)""")
                .params(planId, scenario.silentUnitId())
                .query(Long.class)
                .list();
        long lateExpected = scenario.tasksWhere(i -> i % 3 == 0).stream()
                .filter(t -> !silentTasks.contains(t))
                .count();
        long onTimeAprilExpected = 34 - silentTasks.size();

        JsonNode periods = data.get("periods");
        assertThat(periods.get("labels").toString()).isEqualTo("[\"2022-04\",\"2022-05\",\"2022-06\"]");
        JsonNode onTime = periods.get("timeliness").get(0).get("points");
        JsonNode late = periods.get("timeliness").get(1).get("points");
        assertThat(onTime.get(0).get("count").asLong()).isEqualTo(onTimeAprilExpected);
        assertThat(late.get(1).get("count").asLong()).isEqualTo(lateExpected);
        assertThat(late.get(0).get("count").asInt()).isZero();
        assertThat(late.get(2).get("count").isNull())
                .as("June is after May's end: a gap")
                .isTrue();
        assertThat(periods.get("statuses")
                        .get(0)
                        .get("points")
                        .get(2)
                        .get("count")
                        .isNull())
                .isTrue();
        assertThat(periods.get("onTimeRate").get(2).isNull()).isTrue();
        assertThat(periods.get("onTimeRate").get(0).decimalValue())
                .isGreaterThan(java.math.BigDecimal.ZERO)
                .isLessThan(java.math.BigDecimal.valueOf(100));
        JsonNode lateRanking = data.get("rankings").get(2);
        assertThat(lateRanking.get("key").asString()).isEqualTo("LATE");
        int ranked = 0;
        for (JsonNode u : lateRanking.get("parts").get(0).get("points")) {
            ranked += u.get("count").asInt();
        }
        assertThat(lateRanking.get("parts").get(0).get("key").asString()).isEqualTo("LATE");
        assertThat(ranked).isLessThanOrEqualTo((int) lateExpected).isPositive();
    }

    @Test
    void theUnitThatNeverReportedRanksAmongTheLateWithItsMissingReportsShownApart() throws Exception {
        JsonNode ranking =
                data("&period=" + scenario.periodIds().get(1)).get("rankings").get(2);
        int assigned = jdbc.sql("select count(*) from assignment a join task t on t.id = a.task_id"
                        + " where t.plan_id = ? and a.unit_id = ?")
                .params(planId, scenario.silentUnitId())
                .query(Integer.class)
                .single();
        JsonNode late = ranking.get("parts").get(0);
        JsonNode missing = ranking.get("parts").get(1);
        assertThat(missing.get("key").asString()).isEqualTo("MISSING");
        int at = -1;
        for (int i = 0; i < ranking.get("units").size(); i++) {
            JsonNode unit = ranking.get("units").get(i);
            int parts = late.get("points").get(i).get("count").asInt()
                    + missing.get("points").get(i).get("count").asInt();
            assertThat(unit.get("count").asInt())
                    .as(unit.get("label").asString())
                    .isEqualTo(parts);
            assertThat(listRows(unit.get("href").asString())).isEqualTo(parts);
            if (unit.get("key").asLong() == scenario.silentUnitId()) {
                at = i;
            }
        }
        assertThat(at).as("the silent unit is ranked").isNotNegative();
        JsonNode silent = ranking.get("units").get(at);
        assertThat(silent.get("count").asInt()).isEqualTo(assigned);
        assertThat(missing.get("points").get(at).get("count").asInt()).isEqualTo(assigned);
        assertThat(late.get("points").get(at).get("count").asInt()).isZero();
        Document list = page(silent.get("href").asString());
        assertThat(list.select("span.gp-timeliness").eachAttr("data-timeliness"))
                .hasSize(assigned)
                .containsOnly("MISSING");
        assertThat(listRows(missing.get("points").get(at).get("href").asString()))
                .isEqualTo(assigned);
    }

    @Test
    void theStrawCardShowsMaysApprovedValueAgainstTheTargetAndThePace() throws Exception {
        JsonNode data = data("&period=" + june());
        JsonNode card = null;
        for (JsonNode c : data.get("indicators")) {
            if (c.get("taskId").asLong() == scenario.straw().taskId()) {
                card = c;
            }
        }

        assertThat(card).isNotNull();
        assertThat(card.get("indicator").asString()).isEqualTo("秸秆综合利用率");
        // June's 86 % is submitted but not approved: May's 84 % counts.
        assertThat(card.get("actual").decimalValue()).isEqualByComparingTo("84");
        assertThat(card.get("goal").decimalValue()).isEqualByComparingTo("92");
        assertThat(card.get("unit").asString()).isEqualTo("%");
        assertThat(card.get("months")).hasSize(12);
        assertThat(card.get("reported").get(4).decimalValue()).isEqualByComparingTo("84");
        assertThat(card.get("reported").get(5).isNull())
                .as("June: no approved value, a gap")
                .isTrue();
        assertThat(card.get("reported").get(6).isNull()).isTrue();
    }

    @Test
    void aUnitOrARegionNarrowsEveryCount() throws Exception {
        long silent = scenario.silentUnitId();
        JsonNode ofUnit = data("&period=" + june() + "&unit=" + silent);
        PlanSupervision plan = supervision.ofPlan(planId, SupervisionScenario.june30());

        assertThat(ofUnit.get("total").get("count").asInt())
                .isEqualTo(plan.ofUnit(silent).size())
                .isLessThan(34);
        assertThat(ofUnit.get("units")).hasSize(1);
        assertThat(ofUnit.get("units").get(0).get("id").asLong()).isEqualTo(silent);
        assertThat(listRows(ofUnit.get("total").get("href").asString()))
                .isEqualTo(plan.ofUnit(silent).size());

        long city = jdbc.sql("select region_id from responsible_unit where id = ?")
                .param(silent)
                .query(Long.class)
                .single();
        long county = jdbc.sql("insert into region (name, level, parent_id) values ('埇桥区', 'DISTRICT', ?)"
                        + " on conflict (name) do update set level = excluded.level returning id")
                .param(city)
                .query(Long.class)
                .single();
        assertThat(data("&period=" + june() + "&region=" + city)
                        .get("total")
                        .get("count")
                        .asInt())
                .isEqualTo(34);
        JsonNode ofCounty = data("&period=" + june() + "&region=" + county);
        assertThat(ofCounty.get("total").get("count").asInt()).isZero();
        assertThat(ofCounty.get("units")).isEmpty();
    }

    @Test
    void theListOfRedTasksGivesNumberTextUnitsStatusAndTheRuleBehindIt() throws Exception {
        // the office enters 50 % for June: far below the pace, so the straw task is red
        tracking.recordValue(
                planId,
                scenario.straw().taskId(),
                scenario.straw().targetId(),
                java.time.LocalDate.of(2022, 6, 1),
                java.math.BigDecimal.valueOf(50),
                false,
                null);
        Document list = page("/leader/dashboard/tasks?plan=" + planId + "&period=" + june() + "&status=RED");

        assertThat(list.select("tr.gp-task-row")).isNotEmpty();
        assertThat(list.select("tr.gp-task-row"))
                .allSatisfy(row -> assertThat(row.attr("data-status")).isEqualTo("RED"));
        String straw =
                list.select("tr[data-task=" + scenario.straw().taskId() + "]").text();
        assertThat(straw).contains("秸秆综合利用率").contains("50%").contains("市农业农村局");
        assertThat(list.select("h1").text())
                .isEqualTo("共 " + list.select("tr.gp-task-row").size() + " 项");
    }

    @Test
    void thePageShowsTheCountsAndTheMenuLinksToIt() throws Exception {
        Document page = page("/leader/dashboard?plan=" + planId + "&period=" + june());
        PlanSupervision plan = supervision.ofPlan(planId, SupervisionScenario.june30());

        assertThat(page.select("#nav-dashboard").attr("href")).isEqualTo("/leader/dashboard");
        assertThat(page.select("#count-RED .gp-count").text()).isEqualTo(String.valueOf(plan.count(TaskStatus.RED)));
        assertThat(page.select("#count-ALL .gp-count").text()).isEqualTo("34");
        assertThat(page.select("#dashboard").attr("data-src")).contains("/leader/dashboard/data?plan=" + planId);
        assertThat(page.select("#table-units tbody tr")).hasSizeGreaterThan(10);
        assertThat(page.select("script[src$=dashboard.js]")).hasSize(1);
        assertThat(page.select("script:not([src])")).isEmpty();
    }

    @Test
    void thePeriodPickerNamesPeriodsAsPeopleReadThem() throws Exception {
        Document zh = page("/leader/dashboard?plan=" + planId + "&period=" + june());
        Document en = page("/leader/dashboard?plan=" + planId + "&period=" + june() + "&lang=en");

        assertThat(zh.select("#filter-period option").eachText()).containsExactly("2022年4月", "2022年5月", "2022年6月");
        assertThat(zh.select("#filter-period option[selected]").text()).isEqualTo("2022年6月");
        assertThat(zh.select("#filter-period option[selected]").attr("value")).isEqualTo(String.valueOf(june()));
        assertThat(en.select("#filter-period option").eachText())
                .containsExactly("April 2022", "May 2022", "June 2022");
        assertThat(zh.text()).doesNotContain("2022-06 ");
    }

    @Test
    void aPeriodOfAnotherPlanIsNotFound() throws Exception {
        mvc.perform(get("/leader/dashboard/data?plan=" + planId + "&period=999999")
                        .with(TestActors.leader()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isNotFound());
    }

    @Test
    void withoutAPeriodChosenItShowsTheLatestPeriodOpenedNotOneNeverOpened() throws Exception {
        long july = jdbc.sql("""
                        insert into reporting_period (plan_id, label, starts_on, ends_on, due_on, co_unit_due_on,
                            grace_until, state)
                        values (?, '2022-07', date '2022-07-01', date '2022-07-31', date '2022-07-24',
                            date '2022-07-22', date '2022-07-24', 'PLANNED') returning id""").param(planId).query(Long.class).single();

        assertThat(data("").get("periodId").asLong())
                .as("July has begun but was never opened: no unit was asked to report in it")
                .isEqualTo(june())
                .isNotEqualTo(july);
        assertThat(data("&period=" + july).get("periodId").asLong()).isEqualTo(july);
    }

    private long june() {
        return scenario.periodIds().get(2);
    }

    private JsonNode data(String query) throws Exception {
        String body = mvc.perform(
                        get("/leader/dashboard/data?plan=" + planId + query).with(TestActors.leader()))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    private Document page(String url) throws Exception {
        var response =
                mvc.perform(get(url).with(TestActors.leader())).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private int listRows(String href) throws Exception {
        return page(href).select("tr.gp-task-row").size();
    }

    /** Every number with a list: total, statuses, sections, units, rankings, the periods' points. */
    private static List<JsonNode> counts(JsonNode data) {
        List<JsonNode> counts = new ArrayList<>();
        counts.add(data.get("total"));
        data.get("statuses").forEach(counts::add);
        for (String breakdown : List.of("sections", "units")) {
            for (JsonNode row : data.get(breakdown)) {
                counts.add(row.get("total"));
                row.get("statuses").forEach(counts::add);
            }
        }
        data.get("rankings").forEach(r -> r.get("units").forEach(counts::add));
        for (String series : List.of("statuses", "timeliness")) {
            for (JsonNode s : data.get("periods").get(series)) {
                s.get("points").forEach(p -> {
                    if (!p.get("count").isNull()) {
                        counts.add(p);
                    }
                });
            }
        }
        return counts;
    }
}
