package org.greenplan.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.TestDocuments;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanStateException;
import org.greenplan.plan.PlanStore;
import org.greenplan.plan.draft.TaskEdit;
import org.greenplan.plan.view.TaskView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The review door refuses every change to a published plan and leaves it as it was. */
@IntegrationTest
class ReviewServiceIntegrationTests {
    @Autowired
    ReviewService review;

    @Autowired
    PlanImporter importer;

    @Autowired
    PlanStore store;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    long planId;
    TaskView first;
    List<TaskView> before;

    @BeforeEach
    void publishSuzhou() {
        DatabaseCleaner.clean(jdbc);
        planId = importer.importAndPublish(TestDocuments.bytes(TestDocuments.SUZHOU), TestDocuments.SUZHOU)
                .planId();
        before = catalog.tasks(planId, null);
        first = before.get(0);
    }

    @Test
    void savingATaskOfAPublishedPlanIsRefused() {
        TaskEdit edit = new TaskEdit("改过的任务内容", null, false, null);

        assertThatThrownBy(() -> review.saveTask(
                        planId, first.id(), first.version(), edit, List.of(new UnitLine("市林业局", "LEAD")), List.of()))
                .isInstanceOf(PlanStateException.class);
        assertThat(catalog.tasks(planId, null)).isEqualTo(before);
    }

    @Test
    void mergingTasksOfAPublishedPlanIsRefused() {
        assertThatThrownBy(() -> review.mergeWithNext(planId, first.id(), first.version()))
                .isInstanceOf(PlanStateException.class);
        assertThat(catalog.tasks(planId, null)).isEqualTo(before);
    }

    @Test
    void splittingATaskOfAPublishedPlanIsRefused() {
        assertThatThrownBy(() -> review.split(planId, first.id(), 4)).isInstanceOf(PlanStateException.class);
        assertThat(catalog.tasks(planId, null)).isEqualTo(before);
    }

    @Test
    void discardingAPublishedPlanIsRefused() {
        assertThatThrownBy(() -> review.discard(planId)).isInstanceOf(PlanStateException.class);
        assertThat(catalog.plan(planId)).isPresent();
        assertThat(catalog.tasks(planId, null)).hasSize(before.size());
    }

    @Test
    void aPublishedPlanIsNotEditable() {
        assertThatThrownBy(() -> review.checkEditable(planId)).isInstanceOf(PlanStateException.class);
    }

    @Test
    void aDraftIsEditable() {
        long draft = importer.importDraft(
                        TestDocuments.text(TestDocuments.SUZHOU)
                                .replace("\n", "\r\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "crlf.txt")
                .planId();

        review.checkEditable(draft);
        review.split(draft, catalog.tasks(draft, null).get(0).id(), 4);

        assertThat(catalog.tasks(draft, null)).hasSize(before.size() + 1);
    }
}
