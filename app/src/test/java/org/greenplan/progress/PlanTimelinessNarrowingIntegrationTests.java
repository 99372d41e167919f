package org.greenplan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.greenplan.CountingStatements;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.periods.HolidayCalendars;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.view.TaskView;
import org.greenplan.planimport.PlanImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A few tasks' timeliness (the report form's red-task check asks for one) reads only their reports, and the
 * slots are exactly those the whole plan's reading gives for them: on time, late, missing, approved, in the
 * closed April and May and the open June of the 宿州 scenario.
 */
@IntegrationTest
@Import(CountingStatements.class)
class PlanTimelinessNarrowingIntegrationTests {
    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    PlanTimeliness timeliness;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    HolidayCalendars calendars;

    @Test
    void oneTasksSlotsAreTheWholePlansSlotsOfThatTask() {
        SupervisionScenario scenario = SupervisionScenario.build(importer, jdbc, reports);
        SecurityContextHolder.clearContext();
        long planId = scenario.straw().planId();
        List<TaskView> tasks = catalog.tasks(planId, null);
        Map<Long, List<PlanTimeliness.Slot>> whole = timeliness.ofPlan(planId, tasks);

        assertThat(tasks).hasSizeGreaterThan(PlanTimeliness.NARROWED_TASKS);
        for (TaskView task : tasks) {
            assertThat(timeliness.ofPlan(planId, List.of(task), calendars.current()))
                    .as("task %s", task.number())
                    .isEqualTo(Map.of(task.id(), whole.get(task.id())));
        }
        assertThat(whole.values().stream()
                        .flatMap(List::stream)
                        .filter(s -> s.firstSubmittedOn() != null
                                && s.firstSubmittedOn().isAfter(s.onTimeUntil())))
                .as("May's late reports are among them")
                .isNotEmpty();
        assertThat(whole.values().stream().flatMap(List::stream).filter(s -> s.firstSubmittedOn() == null))
                .as("and June's missing ones")
                .isNotEmpty();
        List<TaskView> few = tasks.subList(0, PlanTimeliness.NARROWED_TASKS);
        Map<Long, List<PlanTimeliness.Slot>> narrowed = timeliness.ofPlan(planId, few, calendars.current());
        few.forEach(t -> assertThat(narrowed.get(t.id())).isEqualTo(whole.get(t.id())));
        var calendar = calendars.current();
        assertThat(CountingStatements.during(() -> timeliness.ofPlan(planId, List.of(tasks.get(3)), calendar))
                        .statements())
                .as("periods, extensions, the task's reports")
                .isEqualTo(3);
    }
}
