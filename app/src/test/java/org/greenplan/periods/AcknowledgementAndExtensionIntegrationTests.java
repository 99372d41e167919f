package org.greenplan.periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.greenplan.IntegrationTest;
import org.greenplan.PublishedStrawTarget;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 签收 and 延期申请 on the 宿州 plan, with 市农业农村局 as the unit and 市发展改革委 as another unit. */
@IntegrationTest
class AcknowledgementAndExtensionIntegrationTests {
    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Acknowledgements acknowledgements;

    @Autowired
    ExtensionRequests extensions;

    @Autowired
    ReportingSettingsStore settings;

    @Autowired
    PeriodAdministration administration;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    MockMvc mvc;

    PublishedStrawTarget plan;
    long agriculture;
    long other;
    long june;

    @BeforeEach
    void publish() {
        plan = PublishedStrawTarget.publish(importer, jdbc);
        agriculture = unit("市农业农村局");
        other = jdbc.sql("""
                        select a.unit_id from assignment a join task t on t.id = a.task_id
                        where t.plan_id = ? and a.unit_id <> ? order by t.position, a.position limit 1""")
                .params(plan.planId(), agriculture)
                .query(Long.class)
                .single();
        SignedIn.as(SignedIn.OFFICE);
        settings.save(new ReportingSettings(
                plan.planId(), Periodicity.MONTHLY, 25, DueMonth.PERIOD_END_MONTH, 0, 2, DueShift.NEXT, false, -1));
        administration.generate(plan.planId());
        june = periods.ofPlan(plan.planId()).stream()
                .filter(p -> p.label().equals("2022-06"))
                .findFirst()
                .orElseThrow()
                .id();
        administration.open(june, administration.version(june));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private long unit(String name) {
        return jdbc.sql("select id from responsible_unit where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    @Test
    void aUnitAcknowledgesItsTasksOnceAndTheOfficeSeesWhoHasNot() {
        SignedIn.as(SignedIn.reporter(agriculture));
        assertThat(acknowledgements.tasksOf(plan.planId(), agriculture))
                .extracting(t -> t.number())
                .contains("6", "8", "10", "11", "12", "32");
        assertThat(acknowledgements.acknowledge(plan.planId(), agriculture)).isTrue();
        assertThat(acknowledgements.acknowledge(plan.planId(), agriculture)).isFalse();

        Acknowledgement mine = acknowledgements.of(plan.planId(), agriculture);
        assertThat(mine.acknowledged()).isTrue();
        assertThat(mine.acknowledgedBy()).isEqualTo("填报员" + agriculture);
        assertThat(mine.tasks()).isGreaterThanOrEqualTo(6);
        assertThat(acknowledgements.of(plan.planId(), other).acknowledged()).isFalse();
        assertThat(acknowledgements.ofPlan(plan.planId()).stream().filter(Acknowledgement::acknowledged))
                .hasSize(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where entity = 'PLAN' and entity_id = ? and action = 'ACKNOWLEDGED'
                        and unit_id = ?""")
                        .params(plan.planId(), agriculture)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aReporterCannotAcknowledgeForAnotherUnit() {
        SignedIn.as(SignedIn.reporter(agriculture));
        assertThatThrownBy(() -> acknowledgements.acknowledge(plan.planId(), other))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acknowledgements.tasksOf(plan.planId(), other))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(acknowledgements.of(plan.planId(), other).acknowledged()).isFalse();
    }

    @Test
    void aGrantedExtensionMovesTheUnitsDueDateAndKeepsTheOriginal() {
        assertThat(periods.dueDateFor(june, agriculture, plan.taskId(), true)).isEqualTo(LocalDate.of(2022, 6, 27));
        assertThat(periods.dueDateFor(june, agriculture, plan.taskId(), false)).isEqualTo(LocalDate.of(2022, 6, 23));

        SignedIn.as(SignedIn.reporter(agriculture));
        long request = extensions.file(june, agriculture, plan.taskId(), LocalDate.of(2022, 7, 5), "秸秆数据待统计局核定");
        assertThatThrownBy(() -> extensions.file(june, agriculture, plan.taskId(), LocalDate.of(2022, 7, 6), "再次"))
                .hasFieldOrPropertyWithValue("code", "periods.ext.pending");

        SignedIn.as(SignedIn.OFFICE);
        ExtensionRequest filed = extensions.ofPlan(plan.planId()).get(0);
        assertThat(filed.id()).isEqualTo(request);
        assertThatThrownBy(() -> extensions.grant(plan.planId(), request, filed.version() + 1, null, null))
                .isInstanceOf(OptimisticLockingFailureException.class);
        extensions.grant(plan.planId(), request, filed.version(), LocalDate.of(2022, 7, 4), "同意延至7月4日");

        ExtensionRequest granted = extensions.ofPlan(plan.planId()).get(0);
        assertThat(granted.state()).isEqualTo(ExtensionState.GRANTED);
        assertThat(granted.originalDueOn()).isEqualTo(LocalDate.of(2022, 6, 27));
        assertThat(granted.grantedDueOn()).isEqualTo(LocalDate.of(2022, 7, 4));
        assertThat(granted.decidedBy()).isEqualTo("市绿色办");
        assertThat(periods.dueDateFor(june, agriculture, plan.taskId(), true)).isEqualTo(LocalDate.of(2022, 7, 4));
        assertThat(periods.find(june).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2022, 6, 27));
        assertThat(periods.dueDateFor(june, other, plan.taskId(), true)).isEqualTo(LocalDate.of(2022, 6, 27));
        assertThatThrownBy(() -> extensions.refuse(plan.planId(), request, granted.version(), "晚了"))
                .hasFieldOrPropertyWithValue("code", "periods.ext.decided");
        assertThat(jdbc.sql(
                                "select action from audit_event where entity = 'EXTENSION_REQUEST' and entity_id = ? order by id")
                        .param(request)
                        .query(String.class)
                        .list())
                .containsExactly("EXTENSION_REQUESTED", "EXTENSION_GRANTED");
    }

    @Test
    void extensionPagesNameThePeriodAsPeopleReadIt() throws Exception {
        SignedIn.as(SignedIn.reporter(agriculture));
        extensions.file(june, agriculture, plan.taskId(), LocalDate.of(2022, 7, 5), "秸秆数据待统计局核定");
        SignedIn.out();

        String decisions = page("/office/plans/" + plan.planId() + "/extensions", TestActors.office());
        String english = page("/office/plans/" + plan.planId() + "/extensions?lang=en", TestActors.office());
        String form = page("/my/plans/" + plan.planId() + "/extensions", TestActors.reporter(agriculture));

        assertThat(decisions).contains("<td>2022年6月</td>").doesNotContain("<td>2022-06</td>");
        assertThat(english).contains("<td>June 2022</td>");
        assertThat(form).containsPattern("<option value=\"" + june + "\"[^>]*>2022年6月 \\(2022-06-27\\)</option>");
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aRefusalNeedsAReasonAndLeavesTheDueDate() {
        SignedIn.as(SignedIn.reporter(agriculture));
        long request = extensions.file(june, agriculture, plan.taskId(), LocalDate.of(2022, 7, 5), "人手不足");
        SignedIn.as(SignedIn.OFFICE);
        int version = extensions.ofPlan(plan.planId()).get(0).version();
        assertThatThrownBy(() -> extensions.refuse(plan.planId(), request, version, " "))
                .hasFieldOrPropertyWithValue("code", "periods.refused.reasonRequired");
        extensions.refuse(plan.planId(), request, version, "按期报送");
        assertThat(extensions.ofPlan(plan.planId()).get(0).decisionReason()).isEqualTo("按期报送");
        assertThat(periods.dueDateFor(june, agriculture, plan.taskId(), true)).isEqualTo(LocalDate.of(2022, 6, 27));
    }

    @Test
    void extensionRequestsAreRefusedForOtherUnitsEarlierDatesAndClosedPeriods() {
        SignedIn.as(SignedIn.reporter(other));
        assertThatThrownBy(() -> extensions.file(june, agriculture, plan.taskId(), LocalDate.of(2022, 7, 5), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> extensions.ofUnit(plan.planId(), agriculture))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(SignedIn.reporter(agriculture));
        assertThatThrownBy(() -> extensions.file(june, agriculture, plan.taskId(), LocalDate.of(2022, 6, 27), "x"))
                .hasFieldOrPropertyWithValue("code", "periods.ext.dateNotLater");
        assertThatThrownBy(() -> extensions.grant(plan.planId(), 1, 0, null, null))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(SignedIn.OFFICE);
        administration.close(june, administration.version(june), "到期");
        SignedIn.as(SignedIn.reporter(agriculture));
        assertThatThrownBy(() -> extensions.file(june, agriculture, plan.taskId(), LocalDate.of(2022, 7, 5), "x"))
                .isInstanceOf(PeriodLockedException.class);
    }
}
