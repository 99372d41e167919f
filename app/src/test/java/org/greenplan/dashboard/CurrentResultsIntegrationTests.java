package org.greenplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.greenplan.CountingStatements;
import org.greenplan.CountingStatements.Counted;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.greenplan.closeout.Closeouts;
import org.greenplan.closeout.RequestKind;
import org.greenplan.dashboard.DashboardData.Count;
import org.greenplan.dashboard.DashboardData.IndicatorCard;
import org.greenplan.periods.ExtensionRequests;
import org.greenplan.periods.PeriodAdministration;
import org.greenplan.plan.PlanStore;
import org.greenplan.plan.TaskAmendment;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportInput;
import org.greenplan.progress.ReportKey;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.greenplan.targets.TargetTracking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The dashboard's answers are kept ({@link CurrentResults}) and answered with one statement while nothing
 * changes, and every change that can alter them shows in the very next answer: a report submitted, approved or
 * returned in the running period, a period added, an extension granted, a task cancelled by the office's
 * decision, an office-entered target value, a task amended, and a change made by another app node (seen only
 * in the database). Closed periods' events (reopen, close, late report, late approval, settings, every plan,
 * start) are {@link ClosedPeriodResultsIntegrationTests}'s, which read the same kept answers.
 */
@IntegrationTest
@Import(CountingStatements.class)
class CurrentResultsIntegrationTests {
    private static final Actor LEADER = new Actor(2, "leader", "领导", null, Set.of(Role.LEADER), false);

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Dashboard dashboard;

    @Autowired
    CurrentResults current;

    @Autowired
    Supervision supervision;

    @Autowired
    PeriodAdministration periods;

    @Autowired
    ExtensionRequests extensions;

    @Autowired
    Closeouts closeouts;

    @Autowired
    TargetTracking tracking;

    @Autowired
    PlanStore plans;

    SupervisionScenario scenario;
    long planId;
    long juneId;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        planId = scenario.straw().planId();
        juneId = scenario.periodIds().get(2);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSecondAskIsAnsweredFromTheKeptAnswerWithOneStatement() {
        Counted<DashboardData> first = CountingStatements.during(this::june);
        Counted<DashboardData> second = CountingStatements.during(this::june);

        assertThat(second.value()).isEqualTo(first.value());
        assertThat(first.statements()).isGreaterThan(20);
        assertThat(second.statements()).as("only the plan's generation").isEqualTo(1);
        assertThat(current.kept()).isPositive();
    }

    @Test
    void aReportSubmittedInTheRunningPeriodCountsAtOnce() {
        DashboardData before = june();

        submitSilentJuneReport();
        DashboardData after = june();

        assertThat(juneTimeliness(after, "MISSING")).isEqualTo(juneTimeliness(before, "MISSING") - 1);
        assertThat(juneTimeliness(after, "LATE"))
                .as("submitted today, years after the due date")
                .isEqualTo(juneTimeliness(before, "LATE") + 1);
        assertFresh(after);
    }

    @Test
    void anApprovalShowsItsValueAtOnce() {
        assertThat(strawCard(june()).actual()).as("June's 86 awaits approval").isEqualByComparingTo("84");

        ProgressReport june = strawJuneReport();
        reports.approve(SupervisionScenario.office(), june.id(), june.rowVersion());

        assertThat(strawCard(june()).actual()).isEqualByComparingTo("86");
    }

    @Test
    void aReturnedReportIsAChangeNoKeptAnswerOutlives() {
        june();
        Counted<DashboardData> kept = CountingStatements.during(this::june);

        ProgressReport june = strawJuneReport();
        reports.returnForRevision(SupervisionScenario.office(), june.id(), june.rowVersion(), "数值需核实");
        Counted<DashboardData> after = CountingStatements.during(this::june);

        assertThat(after.statements()).as("computed again").isGreaterThan(kept.statements() + 20);
        assertFresh(after.value());
    }

    @Test
    void anAddedPeriodJoinsTheTrendAtOnce() {
        assertThat(june().periods().labels()).containsExactly("2022-04", "2022-05", "2022-06");

        signIn(SupervisionScenario.office());
        periods.addCustom(planId, "2022-07", LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 31));

        assertThat(june().periods().labels()).containsExactly("2022-04", "2022-05", "2022-06", "2022-07");
    }

    @Test
    void aGrantedExtensionMakesALateReportOnTimeAtOnce() {
        long task = submitSilentJuneReport();
        DashboardData late = june();

        signIn(SupervisionScenario.reporter(scenario.silentUnitId()));
        LocalDate later = LocalDate.now().plusDays(30);
        long request = extensions.file(juneId, scenario.silentUnitId(), task, later, "资料收集需要时间");
        signIn(SupervisionScenario.office());
        extensions.grant(planId, request, version("extension_request", request), later, "同意");
        DashboardData extended = june();

        assertThat(juneTimeliness(extended, "LATE")).isEqualTo(juneTimeliness(late, "LATE") - 1);
        assertThat(juneTimeliness(extended, "ON_TIME")).isEqualTo(juneTimeliness(late, "ON_TIME") + 1);
    }

    @Test
    void aCancellationTheOfficeApprovedCountsAtOnce() {
        DashboardData before = june();
        long task = scenario.taskIds().get(2);

        signIn(SupervisionScenario.reporter(firstUnit(task)));
        long request = closeouts.requestChange(task, RequestKind.CANCELLATION, "任务已由省级统筹实施", null);
        signIn(SupervisionScenario.office());
        closeouts.approve(request, version("closeout_request", request), "同意取消");
        DashboardData after = june();

        assertThat(status(after, TaskStatus.CANCELLED)).isEqualTo(status(before, TaskStatus.CANCELLED) + 1);
        assertThat(statuses(after))
                .isEqualTo(
                        supervision.ofPlan(planId, SupervisionScenario.june30()).counts());
    }

    @Test
    void anOfficeEnteredTargetValueShowsAtOnce() {
        assertThat(strawCard(june()).actual()).isEqualByComparingTo("84");

        signIn(SupervisionScenario.office());
        tracking.recordValue(
                planId,
                scenario.straw().taskId(),
                scenario.straw().targetId(),
                LocalDate.of(2022, 6, 30),
                new BigDecimal("91"),
                false,
                "统计局核定");

        assertThat(strawCard(june()).actual()).isEqualByComparingTo("91");
    }

    @Test
    void anAmendedDeadlineCountsAtOnce() {
        DashboardData before = june();
        long task = scenario.taskIds().get(3);

        signIn(SupervisionScenario.office());
        plans.amendTask(task, new TaskAmendment(null, LocalDate.of(2022, 5, 31), null, null), "调整完成时限");
        DashboardData after = june();

        assertThat(statuses(after))
                .isEqualTo(
                        supervision.ofPlan(planId, SupervisionScenario.june30()).counts())
                .isNotEqualTo(statuses(before));
    }

    @Test
    void aChangeAnotherNodeMadeIsSeenThroughTheDatabase() {
        june();
        Counted<DashboardData> kept = CountingStatements.during(this::june);

        // what another node's writing transaction leaves behind: the plan's generation raised
        jdbc.sql("""
                        insert into period_result_generation (plan_id, generation, current_generation) values (?, 0, 1)
                        on conflict (plan_id) do update
                            set current_generation = period_result_generation.current_generation + 1""").param(planId).update();
        Counted<DashboardData> after = CountingStatements.during(this::june);

        assertThat(after.statements()).isGreaterThan(kept.statements() + 20);
        assertThat(after.value()).isEqualTo(kept.value());
    }

    private DashboardData june() {
        return dashboard.data(LEADER, new DashboardFilter(planId, juneId, null, null));
    }

    /** The answer equals one computed with nothing kept. */
    private void assertFresh(DashboardData answer) {
        current.forget();
        assertThat(answer).isEqualTo(june());
    }

    /** The silent unit reports June on its first task (today: late). @return the task */
    private long submitSilentJuneReport() {
        long task = jdbc.sql("""
                        select t.id from task t join assignment a on a.task_id = t.id
                        where t.plan_id = ? and a.unit_id = ?
                          and a.position = (select min(position) from assignment where task_id = t.id)
                        order by t.position limit 1""")
                .params(planId, scenario.silentUnitId())
                .query(Long.class)
                .single();
        reports.submit(
                signIn(SupervisionScenario.reporter(scenario.silentUnitId())),
                new ReportKey(task, scenario.silentUnitId(), juneId),
                new ReportInput("6月：补报进展。", "资金未到位。", "加快推进。", "50", Map.of(), Set.of()),
                0);
        return task;
    }

    private ProgressReport strawJuneReport() {
        long id = jdbc.sql("select id from progress_report where task_id = ? and period_id = ?")
                .params(scenario.straw().taskId(), juneId)
                .query(Long.class)
                .single();
        return reports.show(signIn(SupervisionScenario.office()), id).report();
    }

    private IndicatorCard strawCard(DashboardData data) {
        return data.indicators().stream()
                .filter(c -> c.taskId() == scenario.straw().taskId())
                .findFirst()
                .orElseThrow();
    }

    private long firstUnit(long taskId) {
        return jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                .param(taskId)
                .query(Long.class)
                .single();
    }

    private int version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private static int juneTimeliness(DashboardData data, String timeliness) {
        return data.periods().timeliness().stream()
                .filter(s -> s.key().equals(timeliness))
                .findFirst()
                .orElseThrow()
                .points()
                .get(2)
                .count();
    }

    private static int status(DashboardData data, TaskStatus status) {
        return statuses(data).get(status);
    }

    private static Map<TaskStatus, Integer> statuses(DashboardData data) {
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        for (Count c : data.statuses()) {
            counts.put(TaskStatus.valueOf(c.key()), c.count());
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
