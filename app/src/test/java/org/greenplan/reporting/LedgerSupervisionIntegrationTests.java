package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.supervision.PlanSupervision;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ledger's 状态 is the supervision status (the counts equal {@link Supervision}'s), with 未报送 only
 * after a period's due date; the export options (sheets per section, merged categories, CSV in UTF-8 and
 * GBK) carry the same cells. The three-month 宿州 scenario ({@link SupervisionScenario}: due dates on the
 * 24th).
 */
@IntegrationTest
class LedgerSupervisionIntegrationTests {
    private static final Charset GBK = Charset.forName("GBK");

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Autowired
    MessageSource messages;

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
    void theStatusColumnCountsEqualSupervisionsAndEveryRowNamesItsTasksStatus() throws Exception {
        PlanSupervision plan = supervision.ofPlan(planId(), SupervisionScenario.june30());
        List<Row> rows = rows(xlsx("2022-06-30", ""), 0);

        assertThat(rows).hasSize(34);
        Map<TaskStatus, Integer> counted = new EnumMap<>(TaskStatus.class);
        for (int i = 0; i < rows.size(); i++) {
            TaskStatus status = plan.tasks().get(i).status();
            String cell = rows.get(i).getCell(9).getStringCellValue();
            assertThat(cell.lines().findFirst().orElseThrow())
                    .as("row %d", i + 1)
                    .isEqualTo(messages.getMessage(status.messageKey(), null, Locale.SIMPLIFIED_CHINESE));
            assertThat(fill(rows.get(i)))
                    .as("row %d colour", i + 1)
                    .isEqualTo(LedgerStyles.fill(status).getIndex());
            TaskStatus read = statusNamed(cell.lines().findFirst().orElseThrow());
            counted.merge(read, 1, Integer::sum);
        }
        for (TaskStatus status : TaskStatus.values()) {
            assertThat(counted.getOrDefault(status, 0)).as(status.name()).isEqualTo(plan.count(status));
        }
        List<Integer> awaiting = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (plan.tasks().get(i).reason().code().equals("COMPLETED_REPORTED")) {
                awaiting.add(i);
                assertThat(rows.get(i).getCell(9).getStringCellValue())
                        .as("row %d", i + 1)
                        .isEqualTo("绿灯\n已完成待申请销号");
            }
        }
        assertThat(awaiting).as("the scenario has tasks reported complete").isNotEmpty();
    }

    @Test
    void notReportedOnlyAfterThePeriodsDueDateHasPassed() throws Exception {
        int silent = silentIndex();
        int juneSkipped = firstIndex(i -> i % 5 == 0 && i != silent && i % 7 != 0);
        int junePending = firstIndex(i -> i % 4 == 1 && i % 5 != 0 && i != silent);

        List<Row> june30 = rows(xlsx("2022-06-30", ""), 0);
        assertThat(note(june30, silent)).isEqualTo("未报送（2022-06，截止 2022-06-24）");
        assertThat(note(june30, juneSkipped)).isEqualTo("未报送（2022-06，截止 2022-06-24）");
        assertThat(note(june30, junePending))
                .as("the lead's June report awaits review, but its co-unit (due on the 22nd) never reported:"
                        + " the status panel's REPORT_MISSING, named")
                .isEqualTo(coUnitOf(junePending) + "未报送（2022-06，截止 2022-06-22）");
        int junePendingAlone = firstIndex(i -> i % 4 == 1 && i % 5 != 0 && i != silent && unitCount(i) == 1);
        assertThat(note(june30, junePendingAlone)).isEqualTo("新一期已报送待审核");

        List<Row> june20 = rows(xlsx("2022-06-20", ""), 0);
        assertThat(note(june20, juneSkipped))
                .as("June not due yet, May reported")
                .isEmpty();
        assertThat(note(june20, silent)).isEqualTo("未报送（2022-05，截止 2022-05-24）");

        List<Row> april10 = rows(xlsx("2022-04-10", ""), 0);
        assertThat(note(april10, silent)).isEqualTo("本期未到截止日（2022-04，截止 2022-04-24）");
        assertThat(note(april10, juneSkipped)).isEqualTo("本期未到截止日（2022-04，截止 2022-04-24）");
    }

    @Test
    void theProgressColumnKeepsTheLatestApprovedTextWithItsPeriod() throws Exception {
        int juneSkipped = firstIndex(i -> i % 5 == 0 && i != silentIndex() && i % 7 != 0);
        List<Row> rows = rows(xlsx("2022-06-30", ""), 0);

        assertThat(rows.get(juneSkipped).getCell(8).getStringCellValue())
                .as("June not reported: May's approved text, named with its period")
                .endsWith("（2022-05）：完成 60%。5月：按计划推进，完成阶段工作。");
    }

    @Test
    void sheetsPerSectionWithMergedCategoriesHoldTheSameRowsAsTheFlatSheet() throws Exception {
        byte[] flat = xlsx("2022-06-30", "");
        byte[] sections = xlsx("2022-06-30", "&layout=sections&merge=true");

        List<Row> all = rows(flat, 0);
        List<String> names = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sections))) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                names.add(sheet.getSheetName());
                for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                    statuses.add(sheet.getRow(r).getCell(9).getStringCellValue());
                }
            }
            Sheet first = workbook.getSheetAt(0);
            assertThat(first.getRow(2).getCell(1).getStringCellValue()).isEqualTo(names.get(0));
            assertThat(first.getRow(3).getCell(1).getStringCellValue())
                    .as("merged below its first row")
                    .isEmpty();
            assertThat(first.getMergedRegions()).anySatisfy(r -> {
                assertThat(r.getFirstColumn()).isEqualTo(1);
                assertThat(r.getFirstRow()).isEqualTo(2);
                assertThat(r.getLastRow()).isEqualTo(first.getLastRowNum());
            });
        }
        assertThat(names).first().asString().startsWith("一、");
        assertThat(names).hasSizeGreaterThan(1);
        assertThat(statuses)
                .containsExactlyElementsOf(
                        all.stream().map(r -> r.getCell(9).getStringCellValue()).toList());
    }

    @Test
    void theCsvCarriesTheWorkbooksTextsInUtf8WithABomOrInGbk() throws Exception {
        List<Row> rows = rows(xlsx("2022-06-30", ""), 0);
        byte[] utf8 = csv("");
        byte[] gbk = csv("&encoding=gbk");

        assertThat(utf8).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> fromUtf8 = records(new String(utf8, StandardCharsets.UTF_8).substring(1));
        List<CSVRecord> fromGbk = records(new String(gbk, GBK));
        assertThat(gbk).as("序号 in GBK, no byte-order mark").startsWith(0xD0, 0xF2, 0xBA, 0xC5);
        assertThat(fromUtf8).hasSize(35);
        assertThat(fromUtf8.get(0).toList()).containsExactlyElementsOf(LedgerWorkbook.HEADERS);
        CSVRecord task10 = fromUtf8.get(10);
        assertThat(task10.get(0)).isEqualTo("10");
        assertThat(task10.get(3)).startsWith("推进秸秆综合利用工程。");
        for (int c = 1; c < 10; c++) {
            assertThat(task10.get(c))
                    .as("column %d", c)
                    .isEqualTo(rows.get(9).getCell(c).getStringCellValue());
        }
        for (int r = 0; r < fromUtf8.size(); r++) {
            assertThat(fromGbk.get(r).toList())
                    .as("record %d", r)
                    .isEqualTo(fromUtf8.get(r).toList());
        }
    }

    @Test
    void anUnknownEncodingOrLayoutIsRefused() throws Exception {
        mvc.perform(get("/plans/{id}/ledger.csv", planId())
                        .param("encoding", "latin1")
                        .with(TestActors.office()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/plans/{id}/ledger.xlsx", planId())
                        .param("layout", "pages")
                        .with(TestActors.office()))
                .andExpect(status().isBadRequest());
    }

    private long planId() {
        return scenario.straw().planId();
    }

    private int silentIndex() {
        List<Long> silentTasks =
                jdbc.sql("""
                        select a.task_id from assignment a
                        where a.unit_id = ? and a.position = (select min(position) from assignment where task_id = a.task_id)""").param(scenario.silentUnitId()).query(Long.class).list();
        return firstIndex(i -> silentTasks.contains(scenario.taskIds().get(i)));
    }

    private int unitCount(int index) {
        return jdbc.sql("select count(*) from assignment where task_id = ?")
                .param(scenario.taskIds().get(index))
                .query(Integer.class)
                .single();
    }

    /** @return the name of the task's one co-unit (its second unit) */
    private String coUnitOf(int index) {
        return jdbc.sql("""
                        select u.name from assignment a join responsible_unit u on u.id = a.unit_id
                        where a.task_id = ? order by a.position offset 1""")
                .param(scenario.taskIds().get(index))
                .query(String.class)
                .single();
    }

    private int firstIndex(java.util.function.IntPredicate index) {
        for (int i = 0; i < scenario.taskIds().size(); i++) {
            if (index.test(i)) {
                return i;
            }
        }
        throw new AssertionError("no such task in the scenario");
    }

    private byte[] xlsx(String on, String query) throws Exception {
        return mvc.perform(get("/plans/{id}/ledger.xlsx?on=" + on + query, planId())
                        .with(TestActors.office()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private byte[] csv(String query) throws Exception {
        return mvc.perform(get("/plans/{id}/ledger.csv?on=2022-06-30" + query, planId())
                        .with(TestActors.office()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static List<CSVRecord> records(String text) throws Exception {
        return CSVFormat.EXCEL.parse(new java.io.StringReader(text)).getRecords();
    }

    private static List<Row> rows(byte[] xlsx, int sheetIndex) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(sheetIndex);
            List<Row> rows = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                rows.add(sheet.getRow(r));
            }
            return rows;
        }
    }

    /** @return the 状态 cell's second line, or empty */
    private static String note(List<Row> rows, int index) {
        List<String> lines =
                rows.get(index).getCell(9).getStringCellValue().lines().toList();
        return lines.size() > 1 ? lines.get(1) : "";
    }

    private TaskStatus statusNamed(String name) {
        for (TaskStatus s : TaskStatus.values()) {
            if (messages.getMessage(s.messageKey(), null, Locale.SIMPLIFIED_CHINESE)
                    .equals(name)) {
                return s;
            }
        }
        throw new AssertionError("not a status: " + name);
    }

    private static short fill(Row row) {
        return ((XSSFCellStyle) row.getCell(9).getCellStyle()).getFillForegroundColor();
    }
}
