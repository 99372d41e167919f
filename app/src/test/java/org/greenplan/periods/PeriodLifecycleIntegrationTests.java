package org.greenplan.periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.greenplan.IntegrationTest;
import org.greenplan.PublishedStrawTarget;
import org.greenplan.planimport.PlanImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The 宿州 2022 plan's periods: generated on the working-day calendar, opened, closed, unlocked for one unit. */
@IntegrationTest
@RecordApplicationEvents
class PeriodLifecycleIntegrationTests {
    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingSettingsStore settings;

    @Autowired
    PeriodAdministration administration;

    @Autowired
    LockExceptions lockExceptions;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    ApplicationEvents events;

    PublishedStrawTarget plan;
    long agriculture;

    @BeforeEach
    void publish() {
        plan = PublishedStrawTarget.publish(importer, jdbc);
        agriculture = jdbc.sql("select id from responsible_unit where name = '市农业农村局'")
                .query(Long.class)
                .single();
        SignedIn.as(SignedIn.OFFICE);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private ReportingPeriod june() {
        return periods.ofPlan(plan.planId()).stream()
                .filter(p -> p.label().equals("2022-06"))
                .findFirst()
                .orElseThrow();
    }

    private void monthlyOn25th() {
        settings.save(new ReportingSettings(
                plan.planId(), Periodicity.MONTHLY, 25, DueMonth.PERIOD_END_MONTH, 0, 2, DueShift.NEXT, true, -1));
        administration.generate(plan.planId());
    }

    @Test
    void generatesTheYearWithJuneDueOnMondayAfterTheSaturday25th() {
        monthlyOn25th();
        List<ReportingPeriod> all = periods.ofPlan(plan.planId());
        assertThat(all).hasSize(12);
        assertThat(all).allSatisfy(p -> assertThat(p.state()).isEqualTo(PeriodState.PLANNED));
        ReportingPeriod june = june();
        assertThat(june.startsOn()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(june.dueOn()).isEqualTo(LocalDate.of(2022, 6, 27));
        assertThat(june.coUnitDueOn()).isEqualTo(LocalDate.of(2022, 6, 23));
        assertThat(settings.of(plan.planId()).unitLeaderApproval()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'REPORTING_SETTINGS' and entity_id = ?")
                        .param(plan.planId())
                        .query(Long.class)
                        .single())
                .isEqualTo(7);
    }

    @Test
    void savingUnchangedSettingsWritesNoAuditRowAndAStaleFormIsRefused() {
        monthlyOn25th();
        ReportingSettings stored = settings.of(plan.planId());
        settings.save(stored);
        assertThat(jdbc.sql("select count(*) from audit_event where entity = 'REPORTING_SETTINGS' and entity_id = ?")
                        .param(plan.planId())
                        .query(Long.class)
                        .single())
                .isEqualTo(7);
        assertThatThrownBy(() -> settings.save(stored)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void regeneratingMovesPlannedDueDatesButLeavesOpenPeriods() {
        monthlyOn25th();
        ReportingPeriod june = june();
        administration.open(june.id(), administration.version(june.id()));
        ReportingSettings stored = settings.of(plan.planId());
        settings.save(new ReportingSettings(
                plan.planId(),
                Periodicity.MONTHLY,
                1,
                DueMonth.FOLLOWING_MONTH,
                0,
                2,
                DueShift.NEXT,
                false,
                stored.version()));
        administration.generate(plan.planId());
        ReportingPeriod september = periods.ofPlan(plan.planId()).stream()
                .filter(p -> p.label().equals("2022-09"))
                .findFirst()
                .orElseThrow();
        assertThat(september.dueOn()).isEqualTo(LocalDate.of(2022, 10, 8));
        assertThat(june().dueOn()).isEqualTo(LocalDate.of(2022, 6, 27));
    }

    @Test
    void closingLocksThePeriodAndTheRefusalSaysWhoWhenAndWhy() {
        monthlyOn25th();
        long june = june().id();
        administration.open(june, administration.version(june));
        assertThat(periods.requireWritable(june, agriculture, plan.taskId()).state())
                .isEqualTo(PeriodState.OPEN);
        administration.close(june, administration.version(june), "6月调度结束");

        assertThatThrownBy(() -> periods.requireWritable(june, agriculture, plan.taskId()))
                .isInstanceOfSatisfying(PeriodLockedException.class, e -> {
                    assertThat(e.period().closedBy()).isEqualTo("市绿色办");
                    assertThat(e.period().closeReason()).isEqualTo("6月调度结束");
                    assertThat(e.closedAt()).isNotNull();
                });
        assertThat(events.stream(PeriodOpened.class))
                .extracting(PeriodOpened::label)
                .containsExactly("2022-06");
        assertThat(events.stream(PeriodClosed.class))
                .extracting(PeriodClosed::reason, PeriodClosed::closedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("6月调度结束", "市绿色办"));
        assertThat(jdbc.sql(
                                "select action from audit_event where entity = 'REPORTING_PERIOD' and entity_id = ? order by id")
                        .param(june)
                        .query(String.class)
                        .list())
                .containsExactly("PERIOD_OPENED", "PERIOD_CLOSED");
    }

    @Test
    void transitionsAreGuardedAndNeedReasons() {
        monthlyOn25th();
        long june = june().id();
        assertThatThrownBy(() -> administration.close(june, administration.version(june), "x"))
                .hasFieldOrPropertyWithValue("code", "periods.refused.closeNotOpen");
        administration.open(june, administration.version(june));
        assertThatThrownBy(() -> administration.open(june, administration.version(june)))
                .hasFieldOrPropertyWithValue("code", "periods.refused.openNotPlanned");
        assertThatThrownBy(() -> administration.close(june, administration.version(june), "  "))
                .hasFieldOrPropertyWithValue("code", "periods.refused.reasonRequired");
        int stale = administration.version(june);
        administration.close(june, stale, "到期");
        assertThatThrownBy(() -> administration.reopen(june, stale, "补报"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> administration.reopen(june, administration.version(june), null))
                .hasFieldOrPropertyWithValue("code", "periods.refused.reasonRequired");
        administration.reopen(june, administration.version(june), "多个单位申请补报");
        assertThat(june().state()).isEqualTo(PeriodState.OPEN);
        assertThat(june().closedAt()).isNull();
        assertThat(events.stream(PeriodOpened.class))
                .extracting(PeriodOpened::reopenReason)
                .containsExactly(null, "多个单位申请补报");
    }

    @Test
    void aLockExceptionReopensOneUnitsTaskUntilRevoked() {
        monthlyOn25th();
        long june = june().id();
        administration.open(june, administration.version(june));
        administration.close(june, administration.version(june), "到期");
        long otherTask = jdbc.sql("""
                        select a.task_id from assignment a join task t on t.id = a.task_id
                        where t.plan_id = ? and a.unit_id = ? and a.task_id <> ? order by t.position limit 1""")
                .params(plan.planId(), agriculture, plan.taskId())
                .query(Long.class)
                .single();

        long exception = lockExceptions.grant(june, agriculture, plan.taskId(), "数据更正");
        assertThat(periods.requireWritable(june, agriculture, plan.taskId()).closed())
                .isTrue();
        assertThatThrownBy(() -> periods.requireWritable(june, agriculture, otherTask))
                .isInstanceOf(PeriodLockedException.class);

        lockExceptions.revoke(june, exception, "已补报");
        assertThatThrownBy(() -> periods.requireWritable(june, agriculture, plan.taskId()))
                .isInstanceOf(PeriodLockedException.class);
        assertThat(lockExceptions.ofPeriod(june)).singleElement().satisfies(e -> {
            assertThat(e.active()).isFalse();
            assertThat(e.revokeReason()).isEqualTo("已补报");
            assertThat(e.unitName()).isEqualTo("市农业农村局");
        });
        assertThat(jdbc.sql(
                                "select action from audit_event where entity = 'LOCK_EXCEPTION' and entity_id = ? order by id")
                        .param(exception)
                        .query(String.class)
                        .list())
                .containsExactly("LOCK_EXCEPTION_GRANTED", "LOCK_EXCEPTION_REVOKED");
    }

    @Test
    void aLockExceptionNeedsAClosedPeriodAReasonAndTheUnitsOwnTask() {
        monthlyOn25th();
        long june = june().id();
        assertThatThrownBy(() -> lockExceptions.grant(june, agriculture, null, "x"))
                .hasFieldOrPropertyWithValue("code", "periods.refused.exceptionNotClosed");
        administration.open(june, administration.version(june));
        administration.close(june, administration.version(june), "到期");
        assertThatThrownBy(() -> lockExceptions.grant(june, agriculture, null, ""))
                .hasFieldOrPropertyWithValue("code", "periods.refused.reasonRequired");
        long notAgricultures = jdbc.sql("""
                        select t.id from task t where t.plan_id = ?
                        and not exists (select 1 from assignment a where a.task_id = t.id and a.unit_id = ?)
                        order by t.position limit 1""")
                .params(plan.planId(), agriculture)
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> lockExceptions.grant(june, agriculture, notAgricultures, "x"))
                .hasFieldOrPropertyWithValue("code", "periods.refused.unitNotOnTask");
    }

    @Test
    void onlyTheOfficeOpensAndCloses() {
        monthlyOn25th();
        long june = june().id();
        SignedIn.as(SignedIn.reporter(agriculture));
        assertThatThrownBy(() -> administration.open(june, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.save(ReportingSettings.defaults(plan.planId())))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(SignedIn.OFFICE.actingAs(agriculture));
        assertThatThrownBy(() -> administration.open(june, 0)).isInstanceOf(AccessDeniedException.class);
    }
}
