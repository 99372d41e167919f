package org.greenplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The assessment pages: rules form, opening a round, a unit's own self-assessment only, leaders' export. */
@IntegrationTest
class AssessmentPagesIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    SupervisionScenario scenario;
    long planId;
    long strawUnit;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        SecurityContextHolder.clearContext();
        planId = scenario.straw().planId();
        strawUnit = jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                .param(scenario.straw().taskId())
                .query(Long.class)
                .single();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theRulesFormRefusesWeightsNotSummingToAHundredAndAStaleSave() throws Exception {
        String rules = "/office/plans/" + planId + "/assessment/rules";
        assertThat(page(rules, TestActors.office()))
                .contains("id=\"rules-defaults\"")
                .contains("value=\"50\"");

        mvc.perform(post(rules).with(TestActors.office()).params(rules(40, 40, 30, -1)))
                .andExpect(redirectedUrl(rules))
                .andExpect(flash().attribute("error", "三项权重之和须为 100，现为 110。"));
        mvc.perform(post(rules).with(TestActors.office()).params(rules(40, 40, 20, -1)))
                .andExpect(flash().attribute("notice", "评分规则已保存。"));
        mvc.perform(post(rules).with(TestActors.office()).params(rules(60, 20, 20, -1)))
                .andExpect(flash().attribute("error", "本页面打开后他人已作修改，请刷新后重试。"));

        assertThat(jdbc.sql(
                                "select weight_attainment || '/' || weight_timeliness || '/' || weight_completeness"
                                        + " || ' ' || late_deduction || ' v' || version from assessment_rules where plan_id = ?")
                        .param(planId)
                        .query(String.class)
                        .single())
                .isEqualTo("40/40/20 0.75 v0");
        assertThat(jdbc.sql("select field || '=' || new_value from audit_event where entity = 'ASSESSMENT_RULES'"
                                + " and entity_id = ? order by id")
                        .param(planId)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "weightAttainment=40",
                        "weightTimeliness=40",
                        "weightCompleteness=20",
                        "lateDeduction=0.75",
                        "missingDeduction=1.00",
                        "bonusCap=5.00");
    }

    @Test
    void aUnitSeesAndSubmitsOnlyItsOwnSelfAssessment() throws Exception {
        long roundId = openRound();
        String mine = "/my/assessments/" + roundId;
        long outsider = jdbc.sql("select id from responsible_unit where id not in (select unit_id from assignment)"
                        + " order by id limit 1")
                .query(Long.class)
                .single();

        assertThat(page("/my/assessments", TestActors.reporter(strawUnit))).contains(mine);
        assertThat(page(mine, TestActors.reporter(strawUnit)))
                .contains(unitName(strawUnit))
                .doesNotContain(unitName(scenario.silentUnitId()));
        mvc.perform(get(mine).with(TestActors.reporter(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/office/assessments/" + roundId + "/units/" + scenario.silentUnitId())
                        .with(TestActors.reporter(strawUnit)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/leader/assessments/" + roundId).with(TestActors.reporter(strawUnit)))
                .andExpect(status().isForbidden());

        mvc.perform(post(mine)
                        .with(TestActors.reporter(strawUnit))
                        .param("attainment", "88")
                        .param("timeliness", "100")
                        .param("completeness", "100")
                        .param("explanation", "各项任务按计划推进。")
                        .param("version", "0"))
                .andExpect(redirectedUrl(mine))
                .andExpect(flash().attribute("notice", "自评已提交。"));
        mvc.perform(post(mine)
                        .with(TestActors.reporter(outsider))
                        .param("attainment", "100")
                        .param("timeliness", "100")
                        .param("completeness", "100")
                        .param("explanation", "冒名自评")
                        .param("version", "0"))
                .andExpect(status().isNotFound());

        assertThat(jdbc.sql("select unit_id || ':' || state from assessment_entry where round_id = ?"
                                + " and state <> 'PENDING'")
                        .param(roundId)
                        .query(String.class)
                        .list())
                .containsExactly(strawUnit + ":SUBMITTED");
        assertThat(page("/office/assessments/" + roundId + "/units/" + strawUnit, TestActors.office()))
                .contains("各项任务按计划推进。")
                .contains("id=\"return\"");
    }

    @Test
    void leadersDownloadTheRankedScoresWithFormulaLikeTextKeptAsText() throws Exception {
        long roundId = openRound();
        jdbc.sql("update assessment_entry set bonus = 2, bonus_reason = '=HYPERLINK(\"http://x\")' where round_id = ?"
                        + " and unit_id = ?")
                .params(roundId, strawUnit)
                .update();
        int units = jdbc.sql("select count(*) from assessment_entry where round_id = ?")
                .param(roundId)
                .query(Integer.class)
                .single();

        byte[] xlsx = mvc.perform(
                        get("/leader/assessments/" + roundId + "/scores.xlsx").with(TestActors.leader()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("2022年上半年考核");
            Row header = sheet.getRow(3);
            assertThat(List.of(
                            header.getCell(0).getStringCellValue(),
                            header.getCell(1).getStringCellValue(),
                            header.getCell(15).getStringCellValue(),
                            header.getCell(26).getStringCellValue()))
                    .containsExactly("名次", "责任单位", "未报", "最终得分");
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + units);
            double previous = Double.MAX_VALUE;
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                double total = sheet.getRow(r).getCell(26).getNumericCellValue();
                assertThat(total).isLessThanOrEqualTo(previous);
                previous = total;
            }
            Row straw = rowOf(sheet, unitName(strawUnit));
            assertThat(straw.getCell(24).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(straw.getCell(24).getCellStyle().getQuotePrefixed()).isTrue();
            Row silent = rowOf(sheet, unitName(scenario.silentUnitId()));
            assertThat(silent.getCell(15).getNumericCellValue())
                    .as("missing reports of the silent unit")
                    .isEqualTo(silent.getCell(12).getNumericCellValue())
                    .isPositive();
        }
    }

    @Test
    void everyPageRendersInBothLanguagesWithTheBreakdown() throws Exception {
        long roundId = openRound();
        long silent = scenario.silentUnitId();
        String entry = "/units/" + silent;
        for (String lang : List.of("zh_CN", "en")) {
            String suffix = "?lang=" + lang;
            assertThat(page("/office/plans/" + planId + "/assessment" + suffix, TestActors.office()))
                    .contains(unitName(silent))
                    .contains("id=\"open-round\"");
            assertThat(page(
                            "/office/plans/" + planId + "/assessment?periodId="
                                    + scenario.periodIds().get(0) + "&lang=" + lang,
                            TestActors.office()))
                    .contains("2022-04");
            assertThat(page("/office/assessments" + suffix, TestActors.office()))
                    .contains("2022年上半年考核");
            assertThat(page("/office/assessments/" + roundId + entry + suffix, TestActors.office()))
                    .contains("gp-missing-points")
                    .contains("id=\"accept\"");
            assertThat(page("/leader/assessments" + suffix, TestActors.leader()))
                    .contains("2022年上半年考核");
            assertThat(page("/leader/assessments/" + roundId + suffix, TestActors.leader()))
                    .contains(unitName(silent))
                    .doesNotContain("id=\"publish\"");
            assertThat(page("/leader/assessments/" + roundId + entry + suffix, TestActors.leader()))
                    .contains(unitName(silent))
                    .doesNotContain("id=\"accept\"");
        }
        assertThat(page("/leader/assessments/" + roundId + entry + "?lang=en", TestActors.leader()))
                .contains("reports expected: on time 0, late 0, missing");
    }

    @Test
    void theScopeLineNamesThePeriodAsPeopleReadIt() throws Exception {
        long roundId = openRound();

        assertThat(page("/office/assessments/" + roundId, TestActors.office()))
                .contains("按 2022-06-30 的状态计分，统计截至：2022年6月")
                .doesNotContain("统计截至：2022-06");
        assertThat(page("/office/assessments/" + roundId + "?lang=en", TestActors.office()))
                .contains("Scored on statuses as on 2022-06-30, up to: June 2022");
        assertThat(page(
                        "/office/plans/" + planId + "/assessment?periodId="
                                + scenario.periodIds().get(2),
                        TestActors.office()))
                .containsPattern("id=\"sheet-scope\">[^<]*2022年4月、2022年5月、2022年6月");
    }

    private long openRound() throws Exception {
        mvc.perform(post("/office/plans/" + planId + "/assessment/rounds")
                        .with(TestActors.office())
                        .param("label", "2022年上半年考核")
                        .param("periodId", String.valueOf(scenario.periodIds().get(2))))
                .andExpect(status().is3xxRedirection());
        long roundId = jdbc.sql("select id from assessment_round where plan_id = ?")
                .param(planId)
                .query(Long.class)
                .single();
        assertThat(page("/office/assessments/" + roundId, TestActors.office())).contains("2022年上半年考核");
        return roundId;
    }

    private String page(String url, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        return mvc.perform(get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String unitName(long unitId) {
        return jdbc.sql("select name from responsible_unit where id = ?")
                .param(unitId)
                .query(String.class)
                .single();
    }

    private static org.springframework.util.MultiValueMap<String, String> rules(int a, int t, int c, int version) {
        org.springframework.util.LinkedMultiValueMap<String, String> form =
                new org.springframework.util.LinkedMultiValueMap<>();
        form.add("weightAttainment", String.valueOf(a));
        form.add("weightTimeliness", String.valueOf(t));
        form.add("weightCompleteness", String.valueOf(c));
        form.add("lateDeduction", "0.75");
        form.add("missingDeduction", "1.00");
        form.add("bonusCap", "5.00");
        form.add("version", String.valueOf(version));
        return form;
    }

    private static Row rowOf(Sheet sheet, String unit) {
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(1).getStringCellValue().equals(unit)) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row for " + unit);
    }
}
