package org.greenplan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.plan.NotFoundException;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The round's workflow on the 宿州 scenario: open, self-assess, return, bonus, accept, adjust, publish. */
@IntegrationTest
class AssessmentRoundsIntegrationTests {
    private static final Actor OFFICE = SupervisionScenario.office();
    private static final Actor LEADER = new Actor(2, "leader", "领导", null, Set.of(Role.LEADER), false);

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

    SupervisionScenario scenario;
    long planId;
    long june;
    long strawUnit;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        planId = scenario.straw().planId();
        june = scenario.periodIds().get(2);
        strawUnit = jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                .param(scenario.straw().taskId())
                .query(Long.class)
                .single();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void openingARoundStoresEveryUnitsScoreAndRefusesASecondOpenRound() {
        long roundId = rounds.open(OFFICE, planId, " 2022年上半年考核 ", june);

        RoundView view = rounds.round(LEADER, roundId);
        ScoreSheet sheet = assessments.sheet(OFFICE, planId, june);
        assertThat(view.round().label()).isEqualTo("2022年上半年考核");
        assertThat(view.round().scoredOn()).isEqualTo(SupervisionScenario.june30());
        assertThat(view.periodLabel()).isEqualTo("2022-06");
        assertThat(view.entries()).hasSameSizeAs(sheet.scores());
        for (AssessmentEntry entry : view.entries()) {
            assertThat(entry.score()).isEqualTo(sheet.of(entry.unitId()).orElseThrow());
            assertThat(entry.state()).isEqualTo(EntryState.PENDING);
        }
        assertThat(view.entries())
                .extracting(AssessmentEntry::total)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(view.rankOf(view.entries().get(0))).isEqualTo(1);
        assertThatThrownBy(() -> rounds.open(OFFICE, planId, "第二轮", null))
                .hasMessageContaining("assessment.round.alreadyOpen");
        assertThat(audit("ASSESSMENT_ROUND", roundId)).containsExactly("ASSESSMENT_ROUND_OPENED");
    }

    @Test
    void theUnitSelfAssessesTheOfficeReturnsAndAcceptsWithABonusThenPublishes() {
        long roundId = rounds.open(OFFICE, planId, "2022年上半年考核", june);
        Actor reporter = SupervisionScenario.reporter(strawUnit);
        SelfAssessment self = new SelfAssessment(
                new BigDecimal("90"), new BigDecimal("100"), new BigDecimal("95.5"), "秸秆综合利用率按月推进，报送按时。");

        EntryView mine = review.mine(reporter, roundId);
        assertThat(mine.entry().unitId()).isEqualTo(strawUnit);
        review.submitSelf(reporter, roundId, self, mine.entry().version());
        EntryView submitted = review.of(OFFICE, roundId, strawUnit);
        assertThat(submitted.entry().state()).isEqualTo(EntryState.SUBMITTED);
        // 0.5 × 90 + 0.3 × 100 + 0.2 × 95.5 = 94.10, less the unit's own deductions
        assertThat(submitted.selfTotal())
                .isEqualByComparingTo(new BigDecimal("94.10")
                        .subtract(submitted.entry().score().lateDeduction())
                        .subtract(submitted.entry().score().missingDeduction())
                        .max(BigDecimal.ZERO));
        int version = submitted.entry().version();
        assertThatThrownBy(() -> review.submitSelf(reporter, roundId, self, version))
                .hasMessageContaining("assessment.self.notSubmittable");
        assertThatThrownBy(() -> review.accept(OFFICE, roundId, strawUnit, version - 1))
                .isInstanceOf(OptimisticLockingFailureException.class);

        review.returnToUnit(OFFICE, roundId, strawUnit, "请补充指标数据来源", version);
        EntryView returned = review.mine(reporter, roundId);
        assertThat(returned.entry().state()).isEqualTo(EntryState.RETURNED);
        assertThat(returned.entry().returnReason()).isEqualTo("请补充指标数据来源");
        review.submitSelf(reporter, roundId, self, returned.entry().version());

        int again = review.of(OFFICE, roundId, strawUnit).entry().version();
        assertThatThrownBy(() -> review.bonus(OFFICE, roundId, strawUnit, new BigDecimal("5.01"), "超上限", again))
                .hasMessageContaining("assessment.review.bonusRange");
        review.bonus(OFFICE, roundId, strawUnit, new BigDecimal("3"), "获省级表彰", again);
        AssessmentEntry withBonus = review.of(OFFICE, roundId, strawUnit).entry();
        review.accept(OFFICE, roundId, strawUnit, withBonus.version());

        AssessmentEntry accepted = review.of(OFFICE, roundId, strawUnit).entry();
        assertThat(accepted.state()).isEqualTo(EntryState.ACCEPTED);
        assertThat(accepted.total())
                .isEqualByComparingTo(accepted.score().computed().add(new BigDecimal("3")));
        assertThat(audit("ASSESSMENT_ENTRY", accepted.id()))
                .containsExactly(
                        "ASSESSMENT_SELF_SUBMITTED",
                        "ASSESSMENT_SELF_SUBMITTED",
                        "ASSESSMENT_SELF_SUBMITTED",
                        "ASSESSMENT_SELF_SUBMITTED",
                        "ASSESSMENT_RETURNED",
                        "ASSESSMENT_SELF_SUBMITTED",
                        "ASSESSMENT_BONUS",
                        "ASSESSMENT_ACCEPTED");
    }

    @Test
    void publishingWaitsForEveryUnitThenFreezesTheScores() {
        long roundId = rounds.open(OFFICE, planId, "2022年上半年考核", june);
        RoundView open = rounds.round(OFFICE, roundId);
        int units = open.entries().size();

        assertThatThrownBy(() -> rounds.publish(OFFICE, roundId, open.round().version()))
                .isInstanceOfSatisfying(
                        AssessmentRefusal.class,
                        e -> assertThat(e.getArguments()).containsExactly((long) units));
        AssessmentEntry silent =
                review.of(OFFICE, roundId, scenario.silentUnitId()).entry();
        assertThatThrownBy(() -> review.adjust(
                        OFFICE, roundId, scenario.silentUnitId(), new BigDecimal("10.5"), " ", silent.version()))
                .hasMessageContaining("assessment.review.reasonInvalid");
        review.adjust(OFFICE, roundId, scenario.silentUnitId(), new BigDecimal("10.5"), "全年未报送，酌情给分", silent.version());
        for (AssessmentEntry e : rounds.round(OFFICE, roundId).entries()) {
            if (e.unitId() != scenario.silentUnitId()) {
                review.accept(OFFICE, roundId, e.unitId(), e.version());
            }
        }
        RoundView decided = rounds.round(OFFICE, roundId);
        assertThat(decided.undecided()).isZero();
        rounds.publish(OFFICE, roundId, decided.round().version());

        RoundView published = rounds.round(LEADER, roundId);
        assertThat(published.round().state()).isEqualTo(RoundState.PUBLISHED);
        AssessmentEntry adjusted =
                review.of(LEADER, roundId, scenario.silentUnitId()).entry();
        assertThat(adjusted.state()).isEqualTo(EntryState.ADJUSTED);
        assertThat(adjusted.total()).isEqualByComparingTo("10.50");
        assertThat(adjusted.adjustmentReason()).isEqualTo("全年未报送，酌情给分");
        assertThat(published.entries())
                .allSatisfy(e -> assertThat(e.finalScore()).isNotNull());
        assertThatThrownBy(() -> review.bonus(
                        OFFICE,
                        roundId,
                        strawUnit,
                        BigDecimal.ONE,
                        "迟到的加分",
                        review.of(OFFICE, roundId, strawUnit).entry().version()))
                .hasMessageContaining("assessment.round.published");
        assertThat(rounds.rounds(LEADER, planId))
                .extracting(AssessmentRound::state)
                .containsExactly(RoundState.PUBLISHED);
    }

    @Test
    void aUnitReadsOnlyItsOwnEntryAndNeverAnotherUnitsOrTheWholeRound() {
        long roundId = rounds.open(OFFICE, planId, "2022年上半年考核", june);
        long outsider = jdbc.sql("select id from responsible_unit where id not in (select unit_id from assignment)"
                        + " order by id limit 1")
                .query(Long.class)
                .single();
        Actor reporter = SupervisionScenario.reporter(strawUnit);

        assertThat(review.mine(reporter, roundId).entry().unitId()).isEqualTo(strawUnit);
        assertThat(rounds.roundsOfMyUnit(reporter))
                .extracting(AssessmentRound::id)
                .containsExactly(roundId);
        assertThatThrownBy(() -> review.mine(SupervisionScenario.reporter(outsider), roundId))
                .isInstanceOf(NotFoundException.class);
        assertThat(rounds.roundsOfMyUnit(SupervisionScenario.reporter(outsider)))
                .isEmpty();
        assertThatThrownBy(() -> review.of(reporter, roundId, scenario.silentUnitId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.round(reporter, roundId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.accept(LEADER, roundId, strawUnit, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.submitSelf(OFFICE, roundId, null, 0)).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> audit(String entity, long id) {
        return jdbc.sql("select action from audit_event where entity = ? and entity_id = ? order by id")
                .params(entity, id)
                .query(String.class)
                .list();
    }
}
