package org.greenplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenplan.CountingStatements;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportInput;
import org.greenplan.progress.ReportKey;
import org.greenplan.shared.SupervisionInputsChanged;
import org.greenplan.supervision.SupervisionSettings;
import org.greenplan.supervision.SupervisionSettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An open round follows the data on the 宿州 scenario, with the default rules (50/30/20, 0.5 per late and 1 per
 * missing report): a co-unit that never reported submits June's report late, then the office approves it; the
 * unit's breakdown and score move by exactly what the rules say, what people entered stays, the unit sees the
 * change since its self-assessment and may revise it, one trail entry is written per recalculation, and a
 * published round never moves again. Measured on the scenario: a change of a plan without an open round costs 2
 * statements; recalculating its open round 61 (the score sheet alone takes 59), 36–138 ms on a shared 2-core machine.
 */
@IntegrationTest
@Import(CountingStatements.class)
class AssessmentRecalculationIntegrationTests {
    private static final Actor OFFICE = SupervisionScenario.office();

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Assessments assessments;

    @Autowired
    AssessmentRounds rounds;

    @Autowired
    AssessmentReview review;

    @Autowired
    RoundRecalculation recalculation;

    @Autowired
    SupervisionSettingsStore settings;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MockMvc mvc;

    SupervisionScenario scenario;
    long planId;
    long june;
    /** the first co-unit (not first-named) of a task: it never reported, so all three of its reports are missing */
    long coUnit;

    long coTask;
    /** the task's first unit, which reported */
    long leadUnit;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        planId = scenario.straw().planId();
        june = scenario.periodIds().get(2);
        Map<String, Object> co = jdbc.sql("""
                        select a.task_id, a.unit_id from assignment a join task t on t.id = a.task_id
                        where t.plan_id = ? and a.position > (select min(position) from assignment where task_id = t.id)
                        order by t.position, a.position limit 1""").param(planId).query().singleRow();
        coTask = ((Number) co.get("task_id")).longValue();
        coUnit = ((Number) co.get("unit_id")).longValue();
        leadUnit = jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                .param(coTask)
                .query(Long.class)
                .single();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLateReportSubmittedThenApprovedMovesTheUnitsScoreByTheRulesAmounts() {
        long roundId = rounds.open(OFFICE, planId, "2022年上半年考核", june);
        UnitScore before = entry(roundId, coUnit).score();
        assertThat(List.of(before.reportsExpected(), before.reportsLate(), before.reportsMissing()))
                .containsExactly(3, 0, 3);
        assertThat(before.computed()).isEqualByComparingTo("0.00");

        ProgressReport late = submitJune(coUnit, coTask);
        AssessmentEntry submitted = entry(roundId, coUnit);
        UnitScore afterSubmission = submitted.score();
        // one missing report became a late one: −1.00 + 0.50 in deductions; its task left 红 for 黄 (60 points)
        assertThat(List.of(afterSubmission.reportsLate(), afterSubmission.reportsMissing()))
                .containsExactly(1, 2);
        assertThat(afterSubmission.lateDeduction()).isEqualByComparingTo("0.50");
        assertThat(afterSubmission.missingDeduction()).isEqualByComparingTo("2.00");
        assertThat(afterSubmission.timeliness()).isEqualByComparingTo(before.timeliness());
        assertThat(afterSubmission.attainment()).isEqualByComparingTo("60.00");
        // 50 × 60 % − 0.50 − 2.00
        assertThat(afterSubmission.computed()).isEqualByComparingTo("27.50");
        assertThat(submitted.previousComputed()).isEqualByComparingTo("0.00");
        assertThat(submitted.recalculatedAt()).isNotNull();
        assertThatRoundEqualsTheLiveSheet(roundId);

        approve(late.id());
        UnitScore afterApproval = entry(roundId, coUnit).score();
        // the unit's one task now has an approved report: completeness 0 → 100 %, 20 × 100 % = +20.00 points
        assertThat(afterApproval.approvedTasks()).isEqualTo(1);
        assertThat(afterApproval.completeness()).isEqualByComparingTo("100.00");
        assertThat(afterApproval.attainment()).isEqualByComparingTo(afterSubmission.attainment());
        assertThat(afterApproval.lateDeduction()).isEqualByComparingTo("0.50");
        assertThat(afterApproval.computed()).isEqualByComparingTo("47.50");
        assertThatRoundEqualsTheLiveSheet(roundId);

        List<String> trail = recalculations(roundId);
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0)).contains(unitName(coUnit) + " 0.00 → 27.50");
        assertThat(trail.get(1)).isEqualTo(unitName(coUnit) + " 27.50 → 47.50");
    }

    @Test
    void returningALateReportKeepsItsLateDeductionAndRecordsNothing() {
        long roundId = rounds.open(OFFICE, planId, "2022年上半年考核", june);
        ProgressReport late = submitJune(coUnit, coTask);
        AssessmentEntry submitted = entry(roundId, coUnit);
        int trail = recalculations(roundId).size();

        ProgressReport fresh = reports.show(signIn(OFFICE), late.id()).report();
        reports.returnForRevision(OFFICE, late.id(), fresh.rowVersion(), "请补充本月数据来源");

        AssessmentEntry returned = entry(roundId, coUnit);
        // on time or late is judged by the first submission, so the return changes no count
        assertThat(returned.score()).isEqualTo(submitted.score());
        assertThat(returned.score().lateDeduction()).isEqualByComparingTo("0.50");
        assertThat(returned.version()).isEqualTo(submitted.version());
        assertThat(recalculations(roundId)).hasSize(trail);
        assertThatRoundEqualsTheLiveSheet(roundId);
    }

    @Test
    void whatPeopleEnteredIsKeptAndTheUnitSeesTheChangeSinceItsSelfAssessmentAndRevisesIt() throws Exception {
        long roundId = rounds.open(OFFICE, planId, "2022年上半年考核", june);
        Actor reporter = SupervisionScenario.reporter(coUnit);
        SelfAssessment self =
                new SelfAssessment(new BigDecimal("20"), new BigDecimal("0"), new BigDecimal("0"), "本单位为配合单位，未单独报送。");
        review.submitSelf(reporter, roundId, self, entry(roundId, coUnit).version());
        review.bonus(
                OFFICE,
                roundId,
                coUnit,
                new BigDecimal("2"),
                "配合工作突出",
                entry(roundId, coUnit).version());
        AssessmentEntry lead = entry(roundId, leadUnit);
        review.adjust(OFFICE, roundId, leadUnit, new BigDecimal("66"), "牵头工作扎实", lead.version());

        submitJune(coUnit, coTask);

        AssessmentEntry mine = entry(roundId, coUnit);
        assertThat(mine.state()).isEqualTo(EntryState.SUBMITTED);
        assertThatSame(mine.self(), self);
        assertThat(mine.bonus()).isEqualByComparingTo("2.00");
        assertThat(mine.bonusReason()).isEqualTo("配合工作突出");
        assertThat(mine.total()).isEqualByComparingTo("29.50");
        assertThat(mine.submittedBasis().computed()).isEqualByComparingTo("0.00");
        assertThat(mine.changedSinceSubmission()).isTrue();
        assertThat(mine.mayRevise()).isTrue();
        AssessmentEntry adjusted = entry(roundId, leadUnit);
        assertThat(adjusted.state()).isEqualTo(EntryState.ADJUSTED);
        assertThat(adjusted.total()).isEqualByComparingTo("66.00");
        assertThat(adjusted.adjustmentReason()).isEqualTo("牵头工作扎实");
        assertThat(adjusted.reviewedComputed())
                .isEqualByComparingTo(lead.score().computed());
        assertThat(adjusted.score().computed())
                .isNotEqualByComparingTo(lead.score().computed());
        assertThat(adjusted.changedSinceReview()).isTrue();

        assertThat(page("/my/assessments/" + roundId, TestActors.reporter(coUnit)))
                .contains("提交自评后，计算得分已由 0.00 变为 27.50（")
                .contains("id=\"self-form\"")
                .contains("修改自评并重新提交")
                .contains("请对照新的得分明细，修改自评后重新提交。")
                .contains("本单位为配合单位，未单独报送。");
        assertThat(page("/office/assessments/" + roundId + "/units/" + coUnit, TestActors.office()))
                .contains("提交自评后，计算得分已由 0.00 变为 27.50（")
                .contains("该单位可对照新的得分明细修改自评后重新提交。");
        assertThat(page("/my/assessments/" + roundId + "?lang=en", TestActors.reporter(coUnit)))
                .contains("Since the self-assessment was submitted, the computed score changed from 0.00 to 27.50")
                .contains("Revise and submit again");
        assertThat(page("/office/assessments/" + roundId + "/units/" + leadUnit, TestActors.office()))
                .contains("审定后，计算得分已由 " + lead.score().computed().toPlainString() + " 变为 "
                        + adjusted.score().computed().toPlainString());
        assertThat(page("/office/assessments/" + roundId, TestActors.office())).contains("得分有变化");

        SelfAssessment revised =
                new SelfAssessment(new BigDecimal("60"), new BigDecimal("0"), new BigDecimal("0"), "已补报6月进展，任务转为黄灯。");
        review.submitSelf(reporter, roundId, revised, mine.version());
        AssessmentEntry again = entry(roundId, coUnit);
        assertThatSame(again.self(), revised);
        assertThat(again.submittedBasis().computed()).isEqualByComparingTo("27.50");
        assertThat(again.changedSinceSubmission()).isFalse();
        assertThat(again.mayRevise()).isFalse();
        assertThatThrownBy(() -> review.submitSelf(reporter, roundId, revised, again.version()))
                .hasMessageContaining("assessment.self.notSubmittable");
    }

    @Test
    void aPublishedRoundNeverMovesAgain() {
        long roundId = rounds.open(OFFICE, planId, "2022年上半年考核", june);
        for (AssessmentEntry e : rounds.round(OFFICE, roundId).entries()) {
            review.accept(OFFICE, roundId, e.unitId(), e.version());
        }
        rounds.publish(OFFICE, roundId, rounds.round(OFFICE, roundId).round().version());
        RoundView published = rounds.round(OFFICE, roundId);

        approve(submitJune(coUnit, coTask).id());
        signIn(OFFICE);
        SupervisionSettings s = settings.of(planId);
        settings.save(new SupervisionSettings(planId, 10, false, false, s.redNeedsExplanation(), s.version()));

        assertThat(assessments
                        .sheet(OFFICE, planId, june)
                        .of(coUnit)
                        .orElseThrow()
                        .computed())
                .as("the live scores moved")
                .isNotEqualByComparingTo(entry(roundId, coUnit).score().computed());
        assertThat(rounds.round(OFFICE, roundId)).isEqualTo(published);
        assertThat(recalculation.recalculate(planId)).isEmpty();
        assertThat(recalculations(roundId)).isEmpty();
    }

    @Test
    void aSettingChangeRecalculatesThePlansOpenRoundOnceInItsTransactionAndOtherPlansLeaveItAlone() {
        long roundId = rounds.open(OFFICE, planId, "2022年上半年考核", june);
        int version = rounds.round(OFFICE, roundId).round().version();
        TransactionTemplate tx = new TransactionTemplate(transactions);

        long otherPlan = jdbc.sql("insert into plan (region_id, title, state) select region_id, '另一计划', 'PUBLISHED'"
                        + " from plan where id = ? returning id")
                .param(planId)
                .query(Long.class)
                .single();
        tx.executeWithoutResult(status -> events.publishEvent(SupervisionInputsChanged.ofPlan(otherPlan)));
        assertThat(rounds.round(OFFICE, roundId).round().version()).isEqualTo(version);

        signIn(OFFICE);
        tx.executeWithoutResult(status -> {
            SupervisionSettings s = settings.of(planId);
            settings.save(new SupervisionSettings(planId, 10, false, false, s.redNeedsExplanation(), s.version()));
            events.publishEvent(SupervisionInputsChanged.ofPlan(planId));
            events.publishEvent(SupervisionInputsChanged.ofEveryPlan());
        });

        assertThat(recalculations(roundId)).hasSize(1);
        assertThat(rounds.round(OFFICE, roundId).round().version()).isEqualTo(version + 1);
        assertThat(rounds.round(OFFICE, roundId).round().recalculatedAt()).isNotNull();
        assertThatRoundEqualsTheLiveSheet(roundId);
    }

    @Test
    void aPlanWithoutAnOpenRoundCostsTwoStatementsAndOneWithItTheScoresOnce() {
        CountingStatements.Counted<?> none = CountingStatements.during(() -> recalculation.recalculate(planId));
        assertThat(none.value()).isEqualTo(java.util.Optional.empty());
        assertThat(none.statements()).isEqualTo(2);

        long roundId = rounds.open(OFFICE, planId, "2022年上半年考核", june);
        CountingStatements.Counted<?> sheet = CountingStatements.during(() -> assessments.sheet(OFFICE, planId, june));
        long started = System.nanoTime();
        CountingStatements.Counted<?> open = CountingStatements.during(() -> recalculation.recalculate(planId));
        long micros = (System.nanoTime() - started) / 1000;
        System.err.println("recalculating the open round of the 宿州 plan: " + open.statements() + " statements, "
                + micros + " µs; the score sheet alone: " + sheet.statements());
        // the sheet without reading the plan's rules (2 statements: the round has its copy), plus the plan's lock,
        // the open round's lock, the round and its entries; nothing changed, so nothing is written
        assertThat(open.statements()).isEqualTo(sheet.statements() + 2);
        assertThat(recalculations(roundId)).isEmpty();
    }

    private void assertThatRoundEqualsTheLiveSheet(long roundId) {
        ScoreSheet live = assessments.sheet(OFFICE, planId, june);
        List<AssessmentEntry> entries = rounds.round(OFFICE, roundId).entries();
        assertThat(entries).hasSameSizeAs(live.scores());
        for (AssessmentEntry e : entries) {
            assertThat(e.score()).isEqualTo(live.of(e.unitId()).orElseThrow());
        }
    }

    private static void assertThatSame(SelfAssessment stored, SelfAssessment typed) {
        assertThat(List.of(stored.attainment(), stored.timeliness(), stored.completeness()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(typed.attainment(), typed.timeliness(), typed.completeness());
        assertThat(stored.explanation()).isEqualTo(typed.explanation());
    }

    private AssessmentEntry entry(long roundId, long unitId) {
        return review.of(OFFICE, roundId, unitId).entry();
    }

    private ProgressReport submitJune(long unit, long task) {
        Actor reporter = signIn(SupervisionScenario.reporter(unit));
        ReportInput input = new ReportInput("6月：补报本月进展。", "配合环节进度偏慢。", "下月继续推进。", "60", Map.of(), Set.of());
        return reports.submit(reporter, new ReportKey(task, unit, june), input, 0);
    }

    private void approve(long reportId) {
        ProgressReport fresh = reports.show(signIn(OFFICE), reportId).report();
        reports.approve(OFFICE, reportId, fresh.rowVersion());
    }

    private List<String> recalculations(long roundId) {
        return jdbc.sql("select detail from audit_event where entity = 'ASSESSMENT_ROUND' and entity_id = ?"
                        + " and action = 'ASSESSMENT_ROUND_RECALCULATED' order by id")
                .param(roundId)
                .query(String.class)
                .list();
    }

    private String unitName(long unitId) {
        return jdbc.sql("select name from responsible_unit where id = ?")
                .param(unitId)
                .query(String.class)
                .single();
    }

    private String page(String url, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        return mvc.perform(get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Actor signIn(Actor actor) {
        GreenPlanUser user = GreenPlanUser.of(actor);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return actor;
    }
}
