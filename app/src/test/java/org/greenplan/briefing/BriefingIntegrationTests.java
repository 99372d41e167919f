package org.greenplan.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.SubmissionMatrix;
import org.greenplan.supervision.PlanSupervision;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The briefing of June 2022 on the shared three-month scenario: its Word and PDF files print the counts
 * of {@code Supervision.ofPlan(plan, 2022-06-30)} and of the period's submission matrix.
 */
@IntegrationTest
class BriefingIntegrationTests {
    private static final Pattern OVERALL = Pattern.compile(
            "共有任务(\\d+)项，其中已完成(\\d+)项，按计划推进（绿灯）(\\d+)项，略有滞后（黄灯）(\\d+)项，" + "明显滞后（红灯）(\\d+)项，停滞(\\d+)项，已取消(\\d+)项");
    private static final Pattern REPORTS = Pattern.compile("本期应报送进展(\\d+)份，按时报送(\\d+)份，逾期报送(\\d+)份，未报送(\\d+)份");

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Autowired
    SubmissionMatrix submissions;

    @Autowired
    Briefings briefings;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    SupervisionScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        jdbc.sql("delete from briefing_template").update();
    }

    @Test
    void theWordAndPdfBriefingPrintTheSupervisionCountsOfThePeriodsLastDay() throws Exception {
        long id = generateJune("各单位加快推进。\n红灯任务说明原因。");
        PlanSupervision june = supervision.ofPlan(planId(), SupervisionScenario.june30());
        SubmissionMatrix.Matrix matrix = submissions.of(SupervisionScenario.office(), planId(), juneId());
        List<Integer> statusCounts = List.of(
                34,
                june.count(TaskStatus.COMPLETED),
                june.count(TaskStatus.GREEN),
                june.count(TaskStatus.YELLOW),
                june.count(TaskStatus.RED),
                june.count(TaskStatus.STAGNANT),
                june.count(TaskStatus.CANCELLED));
        List<Integer> reportCounts = List.of(
                (int) matrix.expected(),
                (int) matrix.count(SubmissionMatrix.Timeliness.ON_TIME),
                (int) matrix.count(SubmissionMatrix.Timeliness.LATE),
                (int) matrix.count(SubmissionMatrix.Timeliness.MISSING));
        // June: tasks 0, 5, …, 30 (7) are not reported, nor are the silent unit's; 2 tasks completed and approved
        assertThat(june.tasks()).hasSize(34);
        assertThat(reportCounts.get(3)).isGreaterThanOrEqualTo(7);
        // reported complete is not 已完成 until the office closes the task out (销号); nothing is closed out yet
        assertThat(june.count(TaskStatus.COMPLETED)).isZero();
        assertThat(june.tasks())
                .filteredOn(t -> t.reason().code().equals("COMPLETED_REPORTED"))
                .hasSizeGreaterThanOrEqualTo(3);

        String word = wordText(download("/office/briefings/" + id + ".docx", TestActors.office()));
        String pdf = pdfText(download("/leader/briefings/" + id + ".pdf", TestActors.leader()));

        for (String text : List.of(word, pdf)) {
            assertThat(numbers(OVERALL, text)).isEqualTo(statusCounts);
            assertThat(numbers(REPORTS, text)).isEqualTo(reportCounts);
            assertThat(text).contains("截至2022年6月30日", "各单位加快推进。", "红灯任务说明原因。", "〔2022〕1号");
        }
        assertThat(jdbc.sql(
                                "select tasks_red, tasks_stagnant, tasks_completed, reports_missing from briefing where id = ?")
                        .param(id)
                        .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                        .single())
                .containsExactly(statusCounts.get(4), statusCounts.get(5), statusCounts.get(1), reportCounts.get(3));
    }

    /** Reports not yet due (待报) are named beside the counts, so that 未报送 is not read as everything outstanding. */
    @Test
    void theReportsSentenceSaysHowManyReportsAreNotYetDue() throws Exception {
        long before = generateJune("");
        String withoutNotDue = wordText(download("/office/briefings/" + before + ".docx", TestActors.office()));
        assertThat(withoutNotDue).doesNotContain("待报");

        // June's due dates moved past the reading day: its unsubmitted reports are not yet due, not missing
        jdbc.sql("""
                        update reporting_period set due_on = date '2099-06-24', co_unit_due_on = date '2099-06-22',
                            grace_until = date '2099-06-24' where id = ?""").param(juneId()).update();
        SubmissionMatrix.Matrix matrix = submissions.of(SupervisionScenario.office(), planId(), juneId());
        long notDue = matrix.count(SubmissionMatrix.Timeliness.NOT_DUE);
        assertThat(notDue).isGreaterThanOrEqualTo(7);
        assertThat(matrix.count(SubmissionMatrix.Timeliness.MISSING)).isZero();

        long id = generateJune("");
        String word = wordText(download("/office/briefings/" + id + ".docx", TestActors.office()));
        String pdf = pdfText(download("/leader/briefings/" + id + ".pdf", TestActors.leader()));
        for (String text : List.of(word, pdf)) {
            assertThat(text).contains("未报送0份，按时报送率").contains("；另有" + notDue + "份尚未到报送截止日（待报），不计入以上统计。");
        }
    }

    /** A plan of another city than the configured region's (as demo-data makes) is headed by its own office. */
    @Test
    void theRedHeaderIsTheOfficeThatIssuedThePlan() throws Exception {
        jdbc.sql("update plan set issuer = '合肥市实施绿色发展行动专项小组办公室' where id = ?")
                .param(planId())
                .update();

        long id = generateJune("");
        String word = wordText(download("/office/briefings/" + id + ".docx", TestActors.office()));
        String pdf = pdfText(download("/leader/briefings/" + id + ".pdf", TestActors.leader()));

        for (String text : List.of(word, pdf)) {
            assertThat(text).containsPattern("合肥市实施绿色发展行动专项小组办公室\\s*绿办通报〔2022〕1号");
            assertThat(text).doesNotContain("宿州市绿色发展行动专项小组办公室");
        }
    }

    @Test
    void theLaggingTableListsEveryRedAndStagnantTaskAndGoodExamplesCarryTheApprovedText() throws Exception {
        // tasks 4 and 6 (indexes 3 and 5) were due by the end of May and are not completed: red on 30 June
        jdbc.sql("update task set deadline = date '2022-05-31', deadline_phrase = '5月底前' where id in (?, ?)")
                .params(scenario.taskIds().get(3), scenario.taskIds().get(5))
                .update();
        long id = generateJune("");
        PlanSupervision june = supervision.ofPlan(planId(), SupervisionScenario.june30());
        try (XWPFDocument doc = new XWPFDocument(
                new ByteArrayInputStream(download("/office/briefings/" + id + ".docx", TestActors.office())))) {
            XWPFTable lagging = table(doc, "原因");
            List<String> numbers = new ArrayList<>();
            for (int r = 1; r < lagging.getNumberOfRows(); r++) {
                numbers.add(lagging.getRow(r).getCell(1).getText());
            }
            List<String> expected = june.tasks().stream()
                    .filter(t -> t.status() == TaskStatus.RED || t.status() == TaskStatus.STAGNANT)
                    .map(t -> t.number())
                    .toList();
            assertThat(numbers)
                    .isEqualTo(expected)
                    .contains(june.tasks().get(3).number(), june.tasks().get(5).number());
            assertThat(rowOf(lagging, june.tasks().get(3).number())).contains("红灯", "完成时限 2022-05-31 已过");

            XWPFTable good = table(doc, "进展情况");
            String completedNumber = june.tasks().get(7).number();
            assertThat(june.tasks().get(7).reason().code()).isEqualTo("COMPLETED_REPORTED");
            String row = rowOf(good, completedNumber);
            assertThat(row).contains("已报完成，待核验销号", "6月：按计划推进，完成阶段工作。");
            assertThat(new XWPFWordExtractor(doc).getText()).contains(briefings.defaultNextSteps());
        }
    }

    @Test
    void aScheduledBriefingIsGeneratedOnItsDayOnceAndAPastDayIsRefused() throws Exception {
        LocalDate today = LocalDate.now(clock);
        mvc.perform(post("/office/briefings/schedules")
                        .param("planId", String.valueOf(planId()))
                        .param("periodId", String.valueOf(juneId()))
                        .param("generateOn", today.minusDays(1).toString()))
                .andExpect(flash().attribute("error", "请填写定时生成日期，且不能早于今天。"));
        mvc.perform(post("/office/briefings/schedules")
                        .param("planId", String.valueOf(planId()))
                        .param("periodId", String.valueOf(juneId()))
                        .param("generateOn", today.plusDays(1).toString())
                        .param("nextSteps", "按期开展专项督查。"))
                .andExpect(status().is3xxRedirection());

        assertThat(briefings.generateDue(today)).isZero();
        assertThat(briefings.generateDue(today.plusDays(1))).isEqualTo(1);
        assertThat(briefings.generateDue(today.plusDays(2))).as("runs once").isZero();

        long id = jdbc.sql("select id from briefing where trigger_kind = 'SCHEDULED'")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select briefing_id from briefing_schedule")
                        .query(Long.class)
                        .single())
                .isEqualTo(id);
        assertThat(wordText(download("/leader/briefings/" + id + ".docx", TestActors.leader())))
                .contains("按期开展专项督查。");

        String office = mvc.perform(get("/office/briefings").param("plan", String.valueOf(planId())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(office)
                .contains("已于 " + today.plusDays(1) + " 自动生成", "按计划自动生成（市绿色办 设定）")
                .contains("/office/briefings/" + id + ".pdf", "当前使用系统默认模板");
        String leader = mvc.perform(get("/leader/briefings").with(TestActors.leader()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(leader).contains("/leader/briefings/" + id + ".docx", "/leader/briefings/" + id + ".pdf");
    }

    @Test
    void anUploadedTemplateIsUsedARefusedOneChangesNothingAndResetRestoresTheDefault() throws Exception {
        byte[] unknownTag = docx("{{title}}", "{{signature}}");
        mvc.perform(multipart("/office/briefings/template")
                        .file(new MockMultipartFile("file", "bad.docx", "application/octet-stream", unknownTag)))
                .andExpect(flash().attribute("error", "模板 bad.docx 中有通报不提供的标签：signature"));
        mvc.perform(multipart("/office/briefings/template")
                        .file(new MockMultipartFile(
                                "file", "short.docx", "application/octet-stream", docx("{{title}}", "{{overall}}"))))
                .andExpect(flash().attribute("notice", "模板 short.docx 已启用。"));

        long id = generateJune("");
        String text = wordText(download("/office/briefings/" + id + ".docx", TestActors.office()));
        assertThat(text.strip().lines().toList()).hasSize(2);
        assertThat(text).contains("关于2022年6月《", "共有任务34项").doesNotContain("2022-06");

        mvc.perform(post("/office/briefings/template/reset")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from briefing_template")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aPeriodOfAnotherPlanIsNotFoundAndALeaderCannotGenerate() throws Exception {
        mvc.perform(post("/office/briefings")
                        .param("planId", String.valueOf(planId()))
                        .param("periodId", "999999"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/office/briefings")
                        .param("planId", String.valueOf(planId()))
                        .param("periodId", String.valueOf(juneId()))
                        .with(TestActors.leader()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from briefing")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    long generateJune(String nextSteps) throws Exception {
        mvc.perform(post("/office/briefings")
                        .param("planId", String.valueOf(planId()))
                        .param("periodId", String.valueOf(juneId()))
                        .param("nextSteps", nextSteps))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("notice"));
        return jdbc.sql("select max(id) from briefing").query(Long.class).single();
    }

    byte[] download(String url, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        return mvc.perform(get(url).with(who))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    long planId() {
        return scenario.straw().planId();
    }

    long juneId() {
        return scenario.periodIds().get(2);
    }

    static String wordText(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder(new XWPFWordExtractor(doc).getText());
            return text.toString();
        }
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private static List<Integer> numbers(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
        List<Integer> numbers = new ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g++) {
            numbers.add(Integer.parseInt(m.group(g)));
        }
        return numbers;
    }

    private static XWPFTable table(XWPFDocument doc, String lastHeader) {
        return doc.getTables().stream()
                .filter(t -> t.getRow(0)
                        .getCell(t.getRow(0).getTableCells().size() - 1)
                        .getText()
                        .equals(lastHeader))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table ending in " + lastHeader));
    }

    private static String rowOf(XWPFTable table, String taskNumber) {
        for (int r = 1; r < table.getNumberOfRows(); r++) {
            if (table.getRow(r).getCell(1).getText().equals(taskNumber)) {
                return table.getRow(r).getTableCells().stream()
                        .map(c -> c.getText())
                        .reduce("", (a, b) -> a + "|" + b);
            }
        }
        throw new AssertionError("no row for task " + taskNumber);
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }
}
