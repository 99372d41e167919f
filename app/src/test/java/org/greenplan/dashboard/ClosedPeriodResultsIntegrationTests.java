package org.greenplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenplan.CountingStatements;
import org.greenplan.CountingStatements.Counted;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.greenplan.dashboard.DashboardData.Series;
import org.greenplan.periods.LockExceptions;
import org.greenplan.periods.PeriodAdministration;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportInput;
import org.greenplan.progress.ReportKey;
import org.greenplan.shared.SupervisionInputsChanged;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.SupervisionSettings;
import org.greenplan.supervision.SupervisionSettingsStore;
import org.greenplan.supervision.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The trend's closed periods (April and May of the shared scenario) come from the stored read model, count
 * what supervising the plan on their last day counts, and change after a reopening, a late report, a late
 * approval, changed settings, a change for every plan and a start of the application.
 */
@IntegrationTest
@Import(CountingStatements.class)
class ClosedPeriodResultsIntegrationTests {
    private static final Actor LEADER = new Actor(2, "leader", "领导", null, Set.of(Role.LEADER), false);
    private static final LocalDate MAY_31 = LocalDate.of(2022, 5, 31);

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Autowired
    Dashboard dashboard;

    @Autowired
    PeriodAdministration periods;

    @Autowired
    LockExceptions locks;

    @Autowired
    SupervisionSettingsStore settings;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ApplicationContext context;

    SupervisionScenario scenario;
    long planId;
    long mayId;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        planId = scenario.straw().planId();
        mayId = scenario.periodIds().get(1);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void closedPeriodsAreStoredOnceAndThenReadWithFewerStatementsCountingTheSame() {
        Counted<DashboardData> first = CountingStatements.during(this::june);
        assertThat(jdbc.sql("select count(*) from period_result where plan_id = ?")
                        .param(planId)
                        .query(Integer.class)
                        .single())
                .as("April and May are closed; June is the period shown")
                .isEqualTo(2);

        Counted<DashboardData> second = CountingStatements.during(this::june);

        assertThat(second.value().periods()).isEqualTo(first.value().periods());
        assertThat(second.statements()).isLessThan(first.statements() - 20);
        assertThat(mayStatuses(second.value()))
                .isEqualTo(supervision.ofPlan(planId, MAY_31).counts());
    }

    @Test
    void aReopenedPeriodsLateReportAndItsLateApprovalChangeTheTrend() {
        DashboardData before = june();
        long task = silentTask();
        assertThat(mayStatuses(before))
                .isEqualTo(supervision.ofPlan(planId, MAY_31).counts());

        signIn(SupervisionScenario.office());
        periods.reopen(mayId, periods.version(mayId), "补报五月");
        ProgressReport late = reports.submit(
                signIn(SupervisionScenario.reporter(scenario.silentUnitId())),
                new ReportKey(task, scenario.silentUnitId(), mayId),
                new ReportInput("5月：补报进展，全部完成。", "无", "无", "100", Map.of(), Set.of()),
                0);
        signIn(SupervisionScenario.office());
        periods.close(mayId, periods.version(mayId), "补报结束");
        DashboardData reported = june();

        assertThat(may(reported, "MISSING")).isEqualTo(may(before, "MISSING") - 1);
        assertThat(may(reported, "LATE")).isEqualTo(may(before, "LATE") + 1);

        TaskStatus unapproved =
                supervision.ofTask(planId, task, MAY_31).orElseThrow().status();
        signIn(SupervisionScenario.office());
        locks.grant(mayId, scenario.silentUnitId(), task, "五月补报审核");
        long generation = generation();
        ProgressReport fresh =
                reports.show(SupervisionScenario.office(), late.id()).report();
        reports.approve(SupervisionScenario.office(), fresh.id(), fresh.rowVersion());
        DashboardData approved = june();

        assertThat(generation()).as("a late approval in a closed period").isEqualTo(generation + 1);
        assertThat(supervision.ofTask(planId, task, MAY_31).orElseThrow().status())
                .isNotEqualTo(unapproved);
        assertThat(mayStatuses(approved))
                .isEqualTo(supervision.ofPlan(planId, MAY_31).counts())
                .isNotEqualTo(mayStatuses(reported));
    }

    @Test
    void changedSupervisionSettingsReachTheStoredClosedPeriods() {
        DashboardData before = june();
        signIn(SupervisionScenario.office());
        SupervisionSettings stored = settings.of(planId);
        settings.save(new SupervisionSettings(
                planId,
                stored.stagnationDays(),
                !stored.lateReportYellow(),
                stored.coUnitReports(),
                stored.redNeedsExplanation(),
                stored.version()));

        DashboardData after = june();

        assertThat(mayStatuses(after))
                .as("May read again under the new rule, not from the stored result")
                .isEqualTo(supervision.ofPlan(planId, MAY_31).counts())
                .isNotEqualTo(mayStatuses(before));
    }

    @Test
    void aChangeForEveryPlanAndEachStartMakeEveryStoredResultStale() {
        june();
        Counted<DashboardData> stored = CountingStatements.during(this::june);

        events.publishEvent(SupervisionInputsChanged.ofEveryPlan());
        Counted<DashboardData> recomputed = CountingStatements.during(this::june);
        events.publishEvent(new ApplicationReadyEvent(
                new SpringApplication(), new String[0], (ConfigurableApplicationContext) context, Duration.ZERO));
        Counted<DashboardData> afterStart = CountingStatements.during(this::june);

        assertThat(recomputed.statements()).isGreaterThan(stored.statements() + 20);
        assertThat(afterStart.statements()).isGreaterThan(stored.statements() + 20);
        assertThat(afterStart.value().periods()).isEqualTo(stored.value().periods());
    }

    private DashboardData june() {
        return dashboard.data(
                LEADER, new DashboardFilter(planId, scenario.periodIds().get(2), null, null));
    }

    /** The first task that names the silent unit first (the unit that never reported). */
    private long silentTask() {
        return jdbc.sql("""
                        select t.id from task t join assignment a on a.task_id = t.id
                        where t.plan_id = ? and a.unit_id = ? and t.id <> ?
                          and a.position = (select min(position) from assignment where task_id = t.id)
                        order by t.position limit 1""")
                .params(planId, scenario.silentUnitId(), scenario.straw().taskId())
                .query(Long.class)
                .single();
    }

    private long generation() {
        return jdbc.sql("select generation from period_result_generation where plan_id = ?")
                .param(planId)
                .query(Long.class)
                .single();
    }

    private static int may(DashboardData data, String timeliness) {
        return data.periods().timeliness().stream()
                .filter(s -> s.key().equals(timeliness))
                .findFirst()
                .orElseThrow()
                .points()
                .get(1)
                .count();
    }

    private static Map<TaskStatus, Integer> mayStatuses(DashboardData data) {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        List<Series> series = new ArrayList<>(data.periods().statuses());
        for (Series s : series) {
            counts.put(TaskStatus.valueOf(s.key()), s.points().get(1).count());
        }
        return counts;
    }

    private static Actor signIn(Actor actor) {
        GreenPlanUser user = GreenPlanUser.of(actor);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return actor;
    }
}
