package org.greenplan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.TaskView;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A plan supervised a chunk of tasks at a time ({@link Supervision#inChunks}) gives every task the same
 * supervision — status, reasons, evaluated targets, report slots — as the whole plan at once.
 */
@IntegrationTest
class SupervisionChunksIntegrationTests {
    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Autowired
    PlanCatalog catalog;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPlanReadInChunksIsSupervisedAsTheWholePlan() {
        SupervisionScenario scenario = SupervisionScenario.build(importer, jdbc, reports);
        long planId = scenario.straw().planId();
        List<TaskView> tasks = catalog.tasks(planId, null);

        for (LocalDate on : List.of(SupervisionScenario.june30(), LocalDate.of(2022, 5, 31))) {
            List<SupervisedTask> whole = supervision.ofPlan(planId, on).tasks();
            List<SupervisedTask> chunked = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            supervision.inChunks(planId, on, tasks, 5, chunk -> {
                sizes.add(chunk.size());
                chunked.addAll(chunk);
            });

            assertThat(chunked).as("on " + on).isEqualTo(whole);
            assertThat(sizes)
                    .hasSize((tasks.size() + 4) / 5)
                    .allSatisfy(size -> assertThat(size).isBetween(1, 5));
            assertThat(chunked).filteredOn(t -> !t.dueReports().isEmpty()).isNotEmpty();
            assertThat(chunked).filteredOn(t -> !t.targets().isEmpty()).isNotEmpty();
        }
    }

    @Test
    void aChunkOfNoTasksIsRefused() {
        assertThatThrownBy(() -> supervision.inChunks(1, LocalDate.of(2022, 6, 30), List.of(), 0, chunk -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chunk size 0");
    }
}
