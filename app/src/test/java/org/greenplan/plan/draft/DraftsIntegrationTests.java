package org.greenplan.plan.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.Comparison;
import org.greenplan.plan.view.OutlineEntry;
import org.greenplan.plan.view.TargetView;
import org.greenplan.plan.view.TaskView;
import org.greenplan.targets.TargetTracking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The plan module stores a draft as given and corrects it row by row. */
@IntegrationTest
class DraftsIntegrationTests {
    @Autowired
    Drafts drafts;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UnitDirectory directory;

    @Autowired
    TargetTracking tracking;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void putsEachTaskUnderTheNearestHeadingAboveItWhenNumberingRepeats() {
        // Two documents in one file, both numbered from 一、 (corpus 007).
        PlanDraft draft = new PlanDraft(
                "两份文件",
                2022,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(heading("一", "第一份的第一部分", 1), heading("一", "第二份的第一部分", 5)),
                List.of(task("1", "第一份的任务", 2), task("1", "第二份的任务", 6)),
                List.of());

        long planId = drafts.store(directory.defaultRegion().id(), draft, source());

        List<OutlineEntry> outline = catalog.outline(planId, null);
        assertThat(outline)
                .extracting(
                        e -> e.isTask() ? "  " + e.task().text() : e.heading().title())
                .containsExactly("第一份的第一部分", "  第一份的任务", "第二份的第一部分", "  第二份的任务");
    }

    @Test
    void keepsReportedValuesWhenTheOfficeCorrectsATasksTargets() {
        long planId = drafts.store(
                directory.defaultRegion().id(),
                new PlanDraft(
                        "计划",
                        2022,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(heading("一", "部分", 1)),
                        List.of(task("1", "秸秆综合利用率达92%以上。", 2)),
                        List.of()),
                source());
        TaskView task = catalog.tasks(planId, null).get(0);
        replaceTargets(task, target("92"));
        long targetId =
                catalog.task(planId, task.id()).orElseThrow().targets().get(0).id();
        tracking.recordValue(planId, task.id(), targetId, LocalDate.of(2022, 6, 1), new BigDecimal("90"), false, null);

        replaceTargets(task, target("93"));

        TargetView corrected =
                catalog.task(planId, task.id()).orElseThrow().targets().get(0);
        assertThat(corrected.id()).isEqualTo(targetId);
        assertThat(corrected.value()).isEqualByComparingTo("93");
        assertThat(tracking.evaluateTarget(planId, task.id(), targetId, LocalDate.of(2022, 6, 30))
                        .evaluation()
                        .actual())
                .isEqualByComparingTo("90");
    }

    /** As the review does it: in a transaction of its own. */
    private void replaceTargets(TaskView task, TargetEdit target) {
        transactions.executeWithoutResult(tx -> drafts.replaceTargets(task.id(), task.text(), List.of(target)));
    }

    private static TargetEdit target(String value) {
        return new TargetEdit("秸秆综合利用率", Comparison.AT_LEAST, new BigDecimal(value), null, "%", "秸秆综合利用率达92%以上");
    }

    private static DraftHeading heading(String number, String title, int line) {
        return new DraftHeading(List.of(number), 1, number, title, line);
    }

    private DraftTask task(String number, String text, int line) {
        return new DraftTask(
                List.of("一", number),
                number,
                text,
                text,
                new DraftTask.SourcePosition(line, 1, 0, 0),
                null,
                false,
                null,
                List.of(new DraftAssignment(forestry(), "RESPONSIBLE", "市林业局", false)),
                List.of(),
                List.of());
    }

    private long forestry() {
        return jdbc.sql("select id from responsible_unit where name = '市林业局'")
                .query(Long.class)
                .single();
    }

    private static PlanSourceFile source() {
        return new PlanSourceFile(
                "plan.txt",
                "TXT",
                "UTF-8",
                new byte[] {1},
                java.util.UUID.randomUUID().toString().replace("-", "").repeat(2),
                "");
    }
}
