package org.greenplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenplan.CountingStatements;
import org.greenplan.CountingStatements.Counted;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.periods.Acknowledgements;
import org.greenplan.periods.ExtensionRequests;
import org.greenplan.periods.PeriodAdministration;
import org.greenplan.plan.PlanStore;
import org.greenplan.plan.TaskAmendment;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.UnitWorkspace.Workspace;
import org.greenplan.shared.SupervisionInputsChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The unit workspace's kept answers ({@link UnitWorkspace#of}) on the published 宿州 plan with its June 2022
 * period open, signed in as 市农业农村局 (task 10, 秸秆综合利用率): a kept answer costs one statement, and every
 * kind of change {@code /my} shows is in the very next answer — a draft saved, a report submitted, returned,
 * approved or approved by the unit's leader, a plan acknowledged, a period closed, reopened or added, an
 * extension granted, a task amended, the plan withdrawn, changes of every plan (the calendar), reports loaded in
 * bulk, and a change another node made (seen only in the database). What belongs to the person (the name in
 * the header, the unread notices) is never taken from another person's kept answer.
 */
@IntegrationTest
@Import(CountingStatements.class)
class UnitWorkspaceAnswersIntegrationTests {
    private static final ReportInput INPUT = new ReportInput("秸秆离田利用有序推进", "收储点不足", "新建收储点", null, Map.of(), Set.of());

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnitWorkspace workspace;

    @Autowired
    ProgressReports reports;

    @Autowired
    PeriodAdministration periods;

    @Autowired
    ExtensionRequests extensions;

    @Autowired
    Acknowledgements acknowledgements;

    @Autowired
    PlanStore plans;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    ReportFixture fixture;
    long unitId;
    Actor reporter;

    @BeforeEach
    void publish() {
        fixture = ReportFixture.publish(importer, jdbc, "OPEN");
        unitId = fixture.strawUnitId();
        reporter = ReportFixture.reporter(unitId);
        workspace.forget();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aKeptAnswerCostsOneStatementAndEqualsAFreshOne() {
        Counted<Workspace> first = CountingStatements.during(this::mine);
        Counted<Workspace> second = CountingStatements.during(this::mine);

        assertThat(second.value()).isEqualTo(first.value());
        assertThat(second.value().due()).hasSize(unitTasks(unitId));
        assertThat(first.statements()).as("computed").isGreaterThan(8);
        assertThat(second.statements()).as("only the generations").isEqualTo(1);
        assertThat(CountingStatements.lastStatements().get(0)).contains("unit_workspace_plan_generation");
        assertFresh(second.value());
    }

    @Test
    void theComputationReadsAFixedNumberOfStatementsWhateverTheNumberOfTasks() {
        Counted<Workspace> computed = CountingStatements.during(this::mine);

        // key 1, plan ids 1, plan 1, acknowledgements 1, periods 1, tasks 4, calendar 2, reports 1, extensions 1
        assertThat(computed.value().due()).hasSizeGreaterThan(3);
        assertThat(computed.statements()).isEqualTo(13);
    }

    @Test
    void thePageOfAKeptAnswerReadsTheKeyTheReadersOwnNoticesAndTheLatestInstructions() throws Exception {
        page(TestActors.reporter(unitId));
        Counted<String> kept = CountingStatements.during(() -> page(TestActors.reporter(unitId)));

        // the latest 批示 are part of the page (before, a second request read them and the notices again: 2 + 2)
        assertThat(kept.statements()).isEqualTo(3);
        assertThat(String.join("\n", CountingStatements.lastStatements()))
                .contains("unit_workspace_plan_generation")
                .contains("notification_inbox")
                .contains("from instruction");
    }

    @Test
    void aSavedDraftShowsAtOnce() {
        assertThat(strawItem().state()).isEqualTo("NOT_STARTED");

        reports.saveDraft(ReportFixture.signIn(reporter), fixture.strawKey(), INPUT, 0);

        assertThat(strawItem().state()).isEqualTo("DRAFT");
        assertFresh(mine());
    }

    @Test
    void aSubmissionShowsAtOnceAsLate() {
        mine();

        submitStraw();

        DueItem item = strawItem();
        assertThat(item.state()).isEqualTo("SUBMITTED");
        assertThat(item.late()).as("submitted years after 2022-06-27").isTrue();
    }

    @Test
    void aReturnShowsItsReasonAtOnce() {
        ProgressReport submitted = submitStraw();
        assertThat(strawItem().state()).isEqualTo("SUBMITTED");

        reports.returnForRevision(
                ReportFixture.signIn(ReportFixture.office()), submitted.id(), submitted.rowVersion(), "数值需核实");

        assertThat(strawItem().state()).isEqualTo("RETURNED");
        assertThat(strawItem().report().returnReason()).isEqualTo("数值需核实");
    }

    @Test
    void anApprovalShowsAtOnce() {
        ProgressReport submitted = submitStraw();
        assertThat(strawItem().state()).isEqualTo("SUBMITTED");

        reports.approve(ReportFixture.signIn(ReportFixture.office()), submitted.id(), submitted.rowVersion());

        assertThat(strawItem().state()).isEqualTo("APPROVED");
    }

    @Test
    void theUnitLeadersApprovalShowsAtOnce() {
        jdbc.sql("""
                        insert into reporting_settings (plan_id, periodicity, due_day, due_month, grace_days,
                            co_unit_lead_days, shift, unit_leader_approval)
                        values (?, 'MONTHLY', 25, 'PERIOD_END_MONTH', 0, 2, 'NEXT', true)""").param(fixture.straw().planId()).update();
        ProgressReport submitted = submitStraw();
        assertThat(strawItem().state()).isEqualTo("SUBMITTED");

        reports.approveForUnit(
                ReportFixture.signIn(ReportFixture.unitLeader(unitId)), submitted.id(), submitted.rowVersion());

        assertThat(strawItem().state()).isEqualTo("UNIT_APPROVED");
    }

    @Test
    void anAcknowledgementShowsAtOnce() {
        assertThat(mine().unacknowledged())
                .extracting(p -> p.id())
                .containsExactly(fixture.straw().planId());

        ReportFixture.signIn(reporter);
        acknowledgements.acknowledge(fixture.straw().planId(), unitId);

        assertThat(mine().unacknowledged()).isEmpty();
    }

    @Test
    void aClosedPeriodLeavesAndAReopenedOneReturnsAtOnce() {
        assertThat(mine().due()).isNotEmpty();
        ReportFixture.signIn(ReportFixture.office());

        periods.close(fixture.periodId(), periods.version(fixture.periodId()), "6月调度结束");
        assertThat(mine().due()).isEmpty();

        periods.reopen(fixture.periodId(), periods.version(fixture.periodId()), "补报");
        assertThat(mine().due()).hasSize(unitTasks(unitId));
    }

    @Test
    void anAddedPeriodShowsOnceOpened() {
        assertThat(labels(mine())).containsExactly("2022-06");
        ReportFixture.signIn(ReportFixture.office());

        periods.addCustom(fixture.straw().planId(), "2022-07", LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 31));
        long july = jdbc.sql("select id from reporting_period where plan_id = ? and label = '2022-07'")
                .param(fixture.straw().planId())
                .query(Long.class)
                .single();
        assertThat(labels(mine())).as("planned, not open").containsExactly("2022-06");
        periods.open(july, periods.version(july));

        assertThat(labels(mine())).containsExactly("2022-06", "2022-07");
    }

    @Test
    void aGrantedExtensionMovesTheDueDateAtOnce() {
        assertThat(strawItem().due().dueOn()).isEqualTo(LocalDate.of(2022, 6, 24));
        LocalDate later = LocalDate.now().plusDays(30);

        ReportFixture.signIn(reporter);
        long request =
                extensions.file(fixture.periodId(), unitId, fixture.straw().taskId(), later, "资料收集需要时间");
        assertThat(strawItem().due().extended()).as("only filed").isFalse();
        ReportFixture.signIn(ReportFixture.office());
        int version = jdbc.sql("select version from extension_request where id = ?")
                .param(request)
                .query(Integer.class)
                .single();
        extensions.grant(fixture.straw().planId(), request, version, later, "同意");

        assertThat(strawItem().due().dueOn()).isEqualTo(later);
        assertThat(strawItem().due().extended()).isTrue();
    }

    @Test
    void anAmendedTaskShowsItsNewTextAndAWithdrawnPlanLeavesAtOnce() {
        mine();
        ReportFixture.signIn(ReportFixture.office());

        plans.amendTask(fixture.straw().taskId(), new TaskAmendment("秸秆综合利用率稳定在92%以上。", null, null, null), "按省级要求调整");
        assertThat(strawItem().task().text()).isEqualTo("秸秆综合利用率稳定在92%以上。");

        plans.withdraw(fixture.straw().planId(), "文件已废止");
        assertThat(mine().due()).isEmpty();
        assertThat(mine().unacknowledged()).isEmpty();
    }

    @Test
    void aChangeOfEveryPlanAndReportsLoadedInBulkAreComputedAgain() {
        mine();

        transactions.executeWithoutResult(t -> events.publishEvent(SupervisionInputsChanged.ofEveryPlan()));
        assertThat(CountingStatements.during(this::mine).statements()).isGreaterThan(1);
        assertThat(CountingStatements.during(this::mine).statements()).isEqualTo(1);

        transactions.executeWithoutResult(t -> events.publishEvent(
                new ProgressReportsLoaded(List.of(), Set.of(fixture.straw().planId()))));
        assertThat(CountingStatements.during(this::mine).statements()).isGreaterThan(1);
    }

    @Test
    void aChangeAnotherNodeMadeIsSeenThroughTheDatabase() {
        mine();
        // what another node's draft save leaves behind: the report, and the unit's generation raised with it
        jdbc.sql("""
                        insert into progress_report (plan_id, task_id, unit_id, period_id, state)
                        values (?, ?, ?, ?, 'DRAFT')""")
                .params(fixture.straw().planId(), fixture.straw().taskId(), unitId, fixture.periodId())
                .update();
        assertThat(strawItem().state()).as("no generation raised yet: kept").isEqualTo("NOT_STARTED");
        jdbc.sql("update unit_workspace_unit_generation set generation = generation + 1 where unit_id = ?")
                .param(unitId)
                .update();
        jdbc.sql("insert into unit_workspace_unit_generation (unit_id, generation) values (?, 1)"
                        + " on conflict (unit_id) do nothing")
                .param(unitId)
                .update();

        assertThat(strawItem().state()).isEqualTo("DRAFT");
    }

    @Test
    void anotherUnitsReportLeavesThisUnitsAnswerKept() {
        mine();

        Actor co = ReportFixture.signIn(ReportFixture.reporter(fixture.coUnitId()));
        reports.saveDraft(co, new ReportKey(fixture.sharedTaskId(), fixture.coUnitId(), fixture.periodId()), INPUT, 0);

        assertThat(CountingStatements.during(this::mine).statements()).isEqualTo(1);
    }

    @Test
    void twoPeopleOfOneUnitShareTheAnswerButNotTheirNames() throws Exception {
        String reporterPage = page(TestActors.reporter(unitId));
        Counted<String> leaderPage = CountingStatements.during(() -> page(TestActors.unitLeader(unitId)));

        assertThat(leaderPage.statements())
                .as("the unit's answer kept, the leader's notices and the unit's latest instructions read")
                .isEqualTo(3);
        assertThat(reporterPage).contains("id=\"signed-in-as\">填报员" + unitId + "<");
        assertThat(leaderPage.value())
                .contains("id=\"signed-in-as\">单位负责人" + unitId + "<")
                .doesNotContain("填报员" + unitId);
        assertThat(taskIds(leaderPage.value())).isEqualTo(taskIds(reporterPage));
    }

    @Test
    void twoUnitsSeeOnlyTheirOwnTasks() throws Exception {
        long other = fixture.coUnitId();
        String mine = page(TestActors.reporter(unitId));
        String theirs = page(TestActors.reporter(other));

        assertThat(taskIds(mine)).isEqualTo(tasksOf(unitId)).doesNotContainAnyElementsOf(onlyOf(other));
        assertThat(taskIds(theirs)).isEqualTo(tasksOf(other)).doesNotContainAnyElementsOf(onlyOf(unitId));
        assertThat(theirs).contains("id=\"signed-in-as\">填报员" + other + "<").doesNotContain("填报员" + unitId + "<");
    }

    @Test
    void thePageShowsEveryChangeAtOnceThroughItsKeptSection() {
        long straw = fixture.straw().taskId();
        assertThat(stateOnPage(page(TestActors.reporter(unitId)), straw)).isEqualTo("NOT_STARTED");

        ProgressReport saved = reports.saveDraft(ReportFixture.signIn(reporter), fixture.strawKey(), INPUT, 0);
        String draft = page(TestActors.reporter(unitId));
        reports.submit(ReportFixture.signIn(reporter), fixture.strawKey(), INPUT, saved.rowVersion());
        String submitted = page(TestActors.unitLeader(unitId));

        assertThat(stateOnPage(draft, straw)).isEqualTo("DRAFT");
        assertThat(stateOnPage(submitted, straw)).isEqualTo("SUBMITTED");
        assertThat(submitted).contains(">逾期报送<");
    }

    @Test
    void theKeptSectionIsKeptPerLanguage() {
        String chinese = page(TestActors.reporter(unitId));
        String english = page(TestActors.reporter(unitId), new Cookie("greenplan-lang", "en"));
        String chineseAgain = page(TestActors.unitLeader(unitId));

        assertThat(english).contains(">Not started<").doesNotContain(">未填报<");
        assertThat(chinese).contains(">未填报<").doesNotContain(">Not started<");
        assertThat(section(chineseAgain)).isEqualTo(section(chinese));
        assertThat(taskIds(english)).isEqualTo(taskIds(chinese));
    }

    @Test
    void theKeptSectionHoldsNothingOfThePersonAsking() {
        String reporterPage = page(TestActors.reporter(unitId));
        String leaderPage = page(TestActors.unitLeader(unitId));

        assertThat(section(leaderPage))
                .isEqualTo(section(reporterPage))
                .doesNotContain("填报员" + unitId, "单位负责人" + unitId, "_csrf", "X-CSRF-TOKEN", "<form");
        assertThat(leaderPage).contains("X-CSRF-TOKEN");
    }

    @Test
    void anotherUnitsReporterIsRefusedEvenWhileTheAnswerIsKept() {
        mine();
        Actor other = new Actor(7, "other", "其他单位", fixture.otherUnitId(), Set.of(Role.UNIT_REPORTER), false);

        assertThatThrownBy(() -> workspace.of(other, unitId)).isInstanceOf(AccessDeniedException.class);
    }

    private Workspace mine() {
        return workspace.of(reporter, unitId);
    }

    private DueItem strawItem() {
        return mine().due().stream()
                .filter(i -> i.task().id() == fixture.straw().taskId())
                .findFirst()
                .orElseThrow();
    }

    private ProgressReport submitStraw() {
        return reports.submit(ReportFixture.signIn(reporter), fixture.strawKey(), INPUT, 0);
    }

    /** The kept answer equals one computed with nothing kept. */
    private void assertFresh(Workspace kept) {
        workspace.forget();
        assertThat(mine()).isEqualTo(kept);
    }

    private String page(RequestPostProcessor who, Cookie... cookies) {
        try {
            var request = get("/my").with(who);
            if (cookies.length > 0) {
                request.cookie(cookies);
            }
            return mvc.perform(request)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> labels(Workspace workspace) {
        return workspace.due().stream().map(i -> i.period().label()).distinct().toList();
    }

    /** @return the report state the page shows for the task ({@code data-state} of its due card) */
    private static String stateOnPage(String page, long taskId) {
        Matcher m = Pattern.compile("gp-due-item\" data-task=\"" + taskId + "\" data-state=\"(\\w+)\"")
                .matcher(page);
        assertThat(m.find()).as("task %d on the page", taskId).isTrue();
        return m.group(1);
    }

    /** @return the page's part kept per unit: from the links under the title to the end of the section */
    private static String section(String page) {
        int start = page.indexOf("id=\"my-urgings\"");
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static Set<Long> taskIds(String page) {
        Set<Long> ids = new TreeSet<>();
        Matcher m = Pattern.compile("gp-due-item\" data-task=\"(\\d+)\"").matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private Set<Long> tasksOf(long unit) {
        return new TreeSet<>(jdbc.sql("""
                        select distinct a.task_id from assignment a join task t on t.id = a.task_id
                        where t.plan_id = ? and a.unit_id = ?""")
                .params(fixture.straw().planId(), unit)
                .query(Long.class)
                .list());
    }

    private Set<Long> onlyOf(long unit) {
        Set<Long> only = tasksOf(unit);
        only.removeAll(tasksOf(unit == unitId ? fixture.coUnitId() : unitId));
        return only;
    }

    private int unitTasks(long unit) {
        return tasksOf(unit).size();
    }
}
