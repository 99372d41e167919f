package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A granted extension (延期申请) moves the ledger's reporting note as it moves the task's status panel: the
 * tester's steps on the 宿州 scenario ({@link SupervisionScenario}: due dates on the 24th, co-units' on the
 * 22nd). A unit that never reports asks to report June late, to 15 July, and the office grants it; the
 * ledger (xlsx and CSV) then names the period and due date the status panel names, on 20 July (June, due 15
 * July) and on 1 July (June not due yet for it: May, due 24 May).
 */
@IntegrationTest
class LedgerExtensionIntegrationTests {
    private static final Pattern MISSING = Pattern.compile("^(.+) 未按期报送 (\\S+) 的进展（截止 (\\S+)）$");

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    SupervisionScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aGrantedExtensionMovesTheLedgersNoteAsItMovesTheStatusPanel() throws Exception {
        int index = silentIndex();
        long taskId = scenario.taskIds().get(index);
        long unit = scenario.silentUnitId();
        String unitName = jdbc.sql("select name from responsible_unit where id = ?")
                .param(unit)
                .query(String.class)
                .single();
        assertThat(noteInXlsx("2022-07-20", index))
                .as("before the extension: June, due on the 24th")
                .contains("未报送（2022-06，截止 2022-06-24）");

        grantJuneExtension(taskId, unit);

        assertThat(panelMissing("2022-07-20", taskId)).contains(List.of(unitName, "2022-06", "2022-07-15"));
        assertThat(noteInXlsx("2022-07-20", index))
                .isEqualTo(expectedNote(panelMissing("2022-07-20", taskId), unitName));
        assertThat(noteInCsv("2022-07-20", index)).isEqualTo(noteInXlsx("2022-07-20", index));
        assertThat(noteInXlsx("2022-07-20", index))
                .contains("2022-06，截止 2022-07-15")
                .doesNotContain("2022-06-24");

        assertThat(panelMissing("2022-07-01", taskId))
                .as("on 1 July June is not due yet for the unit: May is its latest due period")
                .contains(List.of(unitName, "2022-05", "2022-05-24"));
        assertThat(noteInXlsx("2022-07-01", index))
                .isEqualTo(expectedNote(panelMissing("2022-07-01", taskId), unitName));
        assertThat(noteInCsv("2022-07-01", index)).isEqualTo(noteInXlsx("2022-07-01", index));
        assertThat(noteInXlsx("2022-07-01", index))
                .contains("2022-05，截止 2022-05-24")
                .doesNotContain("2022-06-24");
    }

    private void grantJuneExtension(long taskId, long unit) throws Exception {
        long june = scenario.periodIds().get(2);
        mvc.perform(post("/my/plans/{planId}/extensions", planId())
                        .param("periodId", String.valueOf(june))
                        .param("taskId", String.valueOf(taskId))
                        .param("requestedDueOn", "2022-07-15")
                        .param("reason", "数据待统计局核定")
                        .with(TestActors.reporter(unit))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var request = jdbc.sql("select id, version from extension_request where task_id = ? and unit_id = ?")
                .params(taskId, unit)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        mvc.perform(post("/office/plans/{planId}/extensions/{id}/grant", planId(), request[0])
                        .param("version", String.valueOf(request[1]))
                        .param("grantedDueOn", "2022-07-15")
                        .param("reason", "同意延至7月15日")
                        .with(TestActors.office())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select state || ' ' || granted_due_on from extension_request where id = ?")
                        .param(request[0])
                        .query(String.class)
                        .single())
                .isEqualTo("GRANTED 2022-07-15");
    }

    /** @return the status panel's 未按期报送 rules as (unit, period, due date), in the panel's order */
    private List<List<String>> panelMissing(String on, long taskId) throws Exception {
        String page = mvc.perform(get("/plans/{p}/tasks/{t}/status", planId(), taskId)
                        .param("on", on)
                        .with(TestActors.office()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<List<String>> missing = new ArrayList<>();
        for (Element reason : Jsoup.parse(page).select("li[data-code=REPORT_MISSING]")) {
            // the rule's text follows its status badge
            Element text = reason.child(reason.childrenSize() - 1);
            Matcher m = MISSING.matcher(text.text().strip());
            assertThat(m.find()).as(reason.text()).isTrue();
            missing.add(List.of(m.group(1), m.group(2), m.group(3)));
        }
        return missing;
    }

    /** @return the ledger's note for the panel's rules: the lead unit alone unnamed, else each unit named */
    private static String expectedNote(List<List<String>> missing, String leadName) {
        if (missing.size() == 1 && missing.get(0).get(0).equals(leadName)) {
            return "未报送（" + missing.get(0).get(1) + "，截止 " + missing.get(0).get(2) + "）";
        }
        return String.join(
                "；",
                missing.stream()
                        .map(m -> m.get(0) + "未报送（" + m.get(1) + "，截止 " + m.get(2) + "）")
                        .toList());
    }

    private String noteInXlsx(String on, int index) throws Exception {
        byte[] xlsx = download("/plans/{id}/ledger.xlsx", on);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = sheet.getRow(2 + index);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(index + 1);
            return secondLine(row.getCell(9).getStringCellValue());
        }
    }

    private String noteInCsv(String on, int index) throws Exception {
        String text = new String(download("/plans/{id}/ledger.csv", on), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.EXCEL
                .parse(new java.io.StringReader(text.substring(1)))
                .getRecords();
        CSVRecord row = records.get(records.size() - scenario.taskIds().size() + index);
        assertThat(row.get(0)).isEqualTo(String.valueOf(index + 1));
        return secondLine(row.get(9));
    }

    private byte[] download(String path, String on) throws Exception {
        return mvc.perform(get(path, planId()).param("on", on).with(TestActors.office()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static String secondLine(String cell) {
        List<String> lines = cell.lines().toList();
        return lines.size() > 1 ? lines.get(1) : "";
    }

    private long planId() {
        return scenario.straw().planId();
    }

    private int silentIndex() {
        List<Long> silentTasks =
                jdbc.sql("""
                        select a.task_id from assignment a
                        where a.unit_id = ? and a.position = (select min(position) from assignment where task_id = a.task_id)""").param(scenario.silentUnitId()).query(Long.class).list();
        for (int i = 0; i < scenario.taskIds().size(); i++) {
            if (silentTasks.contains(scenario.taskIds().get(i))) {
                return i;
            }
        }
        throw new AssertionError("the scenario has no task led by its silent unit");
    }
}
