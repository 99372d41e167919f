package org.greenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.PublishedStrawTarget;
import org.greenplan.TestDocuments;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.draft.TargetEdit;
import org.greenplan.plan.draft.TaskEdit;
import org.greenplan.plan.view.TaskView;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.planimport.ReviewService;
import org.greenplan.planimport.UnitLine;
import org.greenplan.targets.Aggregation;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.Pacing;
import org.greenplan.targets.TargetTracking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The target panel's and the review's changes are recorded with their fields; a save changing nothing is not. */
@IntegrationTest
class ChangeAuditIntegrationTests {
    @Autowired
    PlanImporter importer;

    @Autowired
    TargetTracking tracking;

    @Autowired
    ReviewService review;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsValuesEnteredCorrectedAndWithdrawnUnderTheirTask() {
        PublishedStrawTarget straw = PublishedStrawTarget.publish(importer, jdbc);
        LocalDate june = LocalDate.of(2022, 6, 1);

        tracking.recordValue(straw.planId(), straw.taskId(), straw.targetId(), june, new BigDecimal("85"), true, null);
        tracking.correctValue(
                straw.planId(), straw.taskId(), straw.targetId(), june, new BigDecimal("88.5"), false, "统计口径更正");
        tracking.withdrawValue(straw.planId(), straw.taskId(), straw.targetId(), june, "重复填报");

        assertThat(log.forTask(straw.taskId()).records())
                .extracting(AuditRecord::action, AuditRecord::oldValue, AuditRecord::newValue, AuditRecord::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("VALUE_WITHDRAWN", "2022-06-01: 88.5 %", null, "重复填报"),
                        org.assertj.core.groups.Tuple.tuple(
                                "VALUE_CORRECTED", "2022-06-01: ≈85 %", "2022-06-01: 88.5 %", "统计口径更正"),
                        org.assertj.core.groups.Tuple.tuple("VALUE_ENTERED", null, "2022-06-01: ≈85 %", null));
        assertThat(log.forTask(straw.taskId()).records())
                .allSatisfy(r -> assertThat(r.entityId()).isEqualTo(straw.targetId()));
    }

    @Test
    void recordsEachChangedSettingAndNothingWhenASaveChangesNothing() {
        PublishedStrawTarget straw = PublishedStrawTarget.publish(importer, jdbc);
        EvaluationSettings settings =
                new EvaluationSettings(new BigDecimal("80"), Aggregation.LATEST, Pacing.LINEAR, List.of(), null);

        tracking.saveSettings(straw.planId(), straw.taskId(), straw.targetId(), settings);
        int afterFirst = log.forTask(straw.taskId()).records().size();
        tracking.saveSettings(straw.planId(), straw.taskId(), straw.targetId(), settings);

        assertThat(log.forTask(straw.taskId()).records())
                .as("the second, identical save wrote no row")
                .hasSize(afterFirst)
                .extracting(AuditRecord::field, AuditRecord::oldValue, AuditRecord::newValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("baseline", null, "80"),
                        org.assertj.core.groups.Tuple.tuple("aggregation", null, "LATEST"));
    }

    @Test
    void recordsAReviewCorrectionFieldByFieldAndNothingForAnUnchangedSave() {
        DatabaseCleaner.clean(jdbc);
        long planId = importer.importDraft(TestDocuments.bytes(TestDocuments.SUZHOU), TestDocuments.SUZHOU)
                .planId();
        TaskView task = catalog.tasks(planId, null).get(0);

        review.saveTask(planId, task.id(), task.version(), edit(task, task.text()), units(task), targets(task));
        assertThat(log.forTask(task.id()).records()).as("an unchanged save").isEmpty();

        int saved = catalog.tasks(planId, null).get(0).version();
        review.saveTask(planId, task.id(), saved, edit(task, task.text() + "（补充）"), units(task), targets(task));

        assertThat(log.forTask(task.id()).records()).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("TASK_EDITED");
            assertThat(r.field()).isEqualTo("text");
            assertThat(r.oldValue()).isEqualTo(task.text());
            assertThat(r.newValue()).isEqualTo(task.text() + "（补充）");
        });
    }

    @Test
    void recordsMergeSplitAndADiscardedDraft() {
        DatabaseCleaner.clean(jdbc);
        long planId = importer.importDraft(TestDocuments.bytes(TestDocuments.SUZHOU), TestDocuments.SUZHOU)
                .planId();
        List<TaskView> tasks = catalog.tasks(planId, null);
        TaskView first = tasks.get(0);

        review.mergeWithNext(planId, first.id(), first.version());
        review.split(planId, first.id(), 4);
        review.discard(planId);

        assertThat(log.forTask(first.id()).records())
                .extracting(AuditRecord::action)
                .containsExactly("TASK_SPLIT", "TASK_MERGED");
        assertThat(log.forTask(first.id()).records().get(1).detail())
                .startsWith(tasks.get(1).number() + " ");
        assertThat(log.forEntity("PLAN", planId).records())
                .extracting(AuditRecord::action)
                .containsExactly("DRAFT_DISCARDED");
    }

    private static TaskEdit edit(TaskView task, String text) {
        return new TaskEdit(text, task.deadline(), task.deadlineOpen(), task.deadlinePhrase());
    }

    private static List<UnitLine> units(TaskView task) {
        return task.units().stream()
                .filter(u -> !u.inherited())
                .map(u -> new UnitLine(u.printedName(), u.role()))
                .toList();
    }

    private static List<TargetEdit> targets(TaskView task) {
        return task.targets().stream()
                .map(t ->
                        new TargetEdit(t.indicator(), t.comparator(), t.value(), t.upperValue(), t.unit(), t.phrase()))
                .toList();
    }
}
