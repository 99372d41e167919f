package org.greenplan.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.supervision.PlanSupervision;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The briefing's row bound on the June 2022 scenario: a plan with more lagging tasks than the bound lists the
 * bound's rows, furthest behind first, and ends the table in 及其他 N 项，详见台账 with the right N, in Word and PDF;
 * a plan within the bound is printed as before, whatever the chunk size the supervision is read in.
 */
@IntegrationTest
class BriefingBoundIntegrationTests {
    private static final BriefingComposer.Issue ISSUE = new BriefingComposer.Issue(
            "宿州市绿色发展行动专项小组办公室", "绿办通报", "各县、区人民政府：", 1, LocalDate.of(2022, 7, 1), List.of("下一步"));

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Autowired
    BriefingSources sources;

    @Autowired
    BriefingPdf pdf;

    @Autowired
    MessageSource messages;

    SupervisionScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        // tasks 4 and 6 (indexes 3 and 5) were due by the end of May: their deadline passed, the worst rule
        jdbc.sql("update task set deadline = date '2022-05-31', deadline_phrase = '5月底前' where id in (?, ?)")
                .params(scenario.taskIds().get(3), scenario.taskIds().get(5))
                .update();
    }

    @Test
    void aPlanWithMoreLaggingTasksThanTheBoundListsTheFurthestBehindAndSaysHowManyMore() throws IOException {
        List<SupervisedTask> lagging = june().tasks().stream()
                .filter(t -> t.status() == TaskStatus.RED || t.status() == TaskStatus.STAGNANT)
                .toList();
        assertThat(lagging).hasSizeGreaterThan(3);
        int more = lagging.size() - 2;

        BriefingModel model = compose(new RowBound(2), 7);

        // the two whose deadline passed come first, though other red tasks precede them in the plan
        assertThat(lagging.get(0).taskId()).isNotEqualTo(scenario.taskIds().get(3));
        assertThat(model.laggingTasks())
                .extracting(BriefingModel.LaggingTask::taskNumber)
                .containsExactlyInAnyOrder(
                        june().tasks().get(3).number(), june().tasks().get(5).number());
        assertThat(model.laggingTasks()).allSatisfy(t -> assertThat(t.reason()).contains("完成时限 2022-05-31 已过"));
        assertThat(model.remainders().laggingTasks().omitted()).isEqualTo(more);
        assertThat(model.remainders().laggingTasks().line()).isEqualTo("及其他" + more + "项，详见台账");
        assertThat(model.texts().laggingTasksLead())
                .isEqualTo("截至本期末，红灯任务" + june().count(TaskStatus.RED) + "项、停滞任务" + june().count(TaskStatus.STAGNANT)
                        + "项，以下按滞后程度列出最突出的2项（完成时限已过、指标明显落后、未按期报送、长期无进展更新依次在前）：");

        try (XWPFDocument doc = new XWPFDocument(
                new ByteArrayInputStream(BriefingWord.render(BriefingTemplates.defaultTemplate(), model)))) {
            XWPFTable table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(5).getText().equals("原因"))
                    .findFirst()
                    .orElseThrow();
            assertThat(table.getNumberOfRows()).isEqualTo(1 + 2 + 1);
            assertThat(List.of(
                            table.getRow(1).getCell(1).getText(),
                            table.getRow(2).getCell(1).getText()))
                    .isEqualTo(model.laggingTasks().stream()
                            .map(BriefingModel.LaggingTask::taskNumber)
                            .toList());
            XWPFTableRow last = table.getRow(3);
            assertThat(last.getTableCells()).hasSize(1);
            assertThat(last.getCell(0).getText()).isEqualTo("及其他" + more + "项，详见台账");
            assertThat(last.getCell(0)
                            .getCTTc()
                            .getTcPr()
                            .getGridSpan()
                            .getVal()
                            .intValue())
                    .isEqualTo(6);
            assertThat(last.getCell(0).getParagraphs().get(0).getRuns().get(0).getFontFamily())
                    .isEqualTo("仿宋_GB2312");
        }
        try (PDDocument doc = Loader.loadPDF(pdf.render(model))) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains("及其他" + more + "项，详见台账", "以下按滞后程度列出最突出的2项");
        }
    }

    @Test
    void everyTableTheBoundCutCountsWhatItLeftOut() {
        BriefingModel whole = compose(RowBound.NONE, 500);
        BriefingModel one = compose(new RowBound(1), 500);

        assertThat(whole.indicators()).hasSizeGreaterThan(1);
        assertThat(whole.goodExamples()).hasSizeGreaterThan(1);
        assertThat(one.indicators()).hasSize(1);
        assertThat(one.remainders().indicators().line())
                .isEqualTo("及其他" + (whole.indicators().size() - 1) + "项指标，详见台账");
        assertThat(one.goodExamples()).hasSize(1);
        assertThat(one.remainders().goodExamples().omitted())
                .isEqualTo(whole.goodExamples().size() - 1);
        assertThat(one.laggingUnits()).containsExactly(whole.laggingUnits().get(0));
        assertThat(one.remainders().laggingUnits().line())
                .isEqualTo("及其他" + (whole.laggingUnits().size() - 1) + "个单位，详见台账");
        // the counts the lead sentences give are the whole plan's, whatever the rows printed
        assertThat(one.overview()).isEqualTo(whole.overview());
        assertThat(one.texts().overall()).isEqualTo(whole.texts().overall());
    }

    @Test
    void aPlanWithinTheBoundIsPrintedWholeInPlanOrderWhateverTheChunks() {
        BriefingModel byDefault = compose(new RowBound(RowBound.DEFAULT), BriefingSources.CHUNK_TASKS);
        BriefingModel unbounded = compose(RowBound.NONE, 7);

        assertThat(byDefault).isEqualTo(unbounded);
        assertThat(byDefault.remainders()).isEqualTo(BriefingModel.Remainders.NONE);
        assertThat(byDefault.laggingTasks())
                .extracting(BriefingModel.LaggingTask::taskNumber)
                .isEqualTo(june().tasks().stream()
                        .filter(t -> t.status() == TaskStatus.RED || t.status() == TaskStatus.STAGNANT)
                        .map(SupervisedTask::number)
                        .toList());
        assertThat(byDefault.texts().laggingTasksLead())
                .isEqualTo("截至本期末，红灯任务" + june().count(TaskStatus.RED) + "项、停滞任务" + june().count(TaskStatus.STAGNANT)
                        + "项，具体如下：");
    }

    private BriefingModel compose(RowBound bound, int chunkTasks) {
        BriefingComposer.Sources read =
                sources.read(SupervisionScenario.office(), scenario.straw().planId(), juneId(), bound, chunkTasks);
        return new BriefingComposer(messages).compose(read, ISSUE);
    }

    private PlanSupervision june() {
        return supervision.ofPlan(scenario.straw().planId(), SupervisionScenario.june30());
    }

    private long juneId() {
        return scenario.periodIds().get(2);
    }
}
