package org.greenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.parser.plan.Heading;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.plan.SourceSpan;
import org.greenplan.parser.plan.UnitAssignment;
import org.greenplan.parser.targets.TargetComparator;
import org.greenplan.targets.TargetTracking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PlanStoreIntegrationTests {
    @Autowired
    PlanStore store;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    DraftEditor editor;

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
        ParsedPlan parsed = new ParsedPlan(
                "两份文件",
                null,
                null,
                null,
                2022,
                List.of(),
                null,
                List.of(heading("一", "第一份的第一部分", 1), heading("一", "第二份的第一部分", 5)),
                List.of(task("1", "第一份的任务", 2), task("1", "第二份的任务", 6)),
                List.of());

        long planId = store.storeDraft(directory.defaultRegion().id(), parsed, units(), source());

        List<OutlineEntry> outline = catalog.outline(planId, null);
        assertThat(outline)
                .extracting(
                        e -> e.isTask() ? "  " + e.task().text() : e.heading().title())
                .containsExactly("第一份的第一部分", "  第一份的任务", "第二份的第一部分", "  第二份的任务");
    }

    @Test
    void keepsReportedValuesWhenTheOfficeCorrectsATasksTargets() {
        long planId = store.storeDraft(
                directory.defaultRegion().id(),
                new ParsedPlan(
                        "计划",
                        null,
                        null,
                        null,
                        2022,
                        List.of(),
                        null,
                        List.of(heading("一", "部分", 1)),
                        List.of(task("1", "秸秆综合利用率达92%以上。", 2)),
                        List.of()),
                units(),
                source());
        TaskView task = catalog.tasks(planId, null).get(0);
        editor.replaceTargets(planId, task.id(), List.of(target("92")));
        long targetId =
                catalog.task(planId, task.id()).orElseThrow().targets().get(0).id();
        tracking.recordValue(planId, task.id(), targetId, LocalDate.of(2022, 6, 1), new BigDecimal("90"), false, null);

        editor.replaceTargets(planId, task.id(), List.of(target("93")));

        TargetView corrected =
                catalog.task(planId, task.id()).orElseThrow().targets().get(0);
        assertThat(corrected.id()).isEqualTo(targetId);
        assertThat(corrected.value()).isEqualByComparingTo("93");
        assertThat(tracking.evaluateTarget(planId, task.id(), targetId, LocalDate.of(2022, 6, 30))
                        .evaluation()
                        .actual())
                .isEqualByComparingTo("90");
    }

    private static TargetEdit target(String value) {
        return new TargetEdit("秸秆综合利用率", TargetComparator.AT_LEAST, new BigDecimal(value), null, "%", "秸秆综合利用率达92%以上");
    }

    private static Heading heading(String number, String title, int line) {
        return new Heading(List.of(number), 1, number, title, line);
    }

    private static ParsedTask task(String number, String text, int line) {
        return new ParsedTask(
                List.of("一", number),
                number,
                text,
                List.of(UnitAssignment.responsible("市林业局")),
                null,
                List.of(),
                new SourceSpan(line, 1, 0, 0),
                text,
                List.of());
    }

    private Map<String, Long> units() {
        long forestry = jdbc.sql("select id from responsible_unit where name = '市林业局'")
                .query(Long.class)
                .single();
        return Map.of("市林业局", forestry);
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
