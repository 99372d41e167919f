package org.greenplan.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.notifications.Inbox;
import org.greenplan.notifications.InboxEntry;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reminder rules on the 宿州 scenario (June 2022 open; lead units due Friday 2022-06-24, co-units
 * Wednesday 2022-06-22): only units still missing a June report are reminded, each kind once, escalation
 * to unit leaders, the daily limit per unit, no reminders on rest days.
 */
@IntegrationTest
class RemindersIntegrationTests {
    private static final LocalDate MONDAY_AFTER_DUE = LocalDate.of(2022, 6, 27);

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Reminders reminders;

    @Autowired
    Inbox inbox;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    ReminderSettingsStore settings;

    SupervisionScenario scenario;

    @BeforeEach
    void build() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        jdbc.sql("update reminder_settings set escalate_after = 5, days_before = 2, max_per_unit_day = 1"
                        + " where plan_id is null")
                .update();
    }

    @AfterEach
    void clean() {
        jdbc.sql(
                        "update reminder_settings set escalate_after = 3, days_before = 2, max_per_unit_day = 1, enabled = true"
                                + " where plan_id is null")
                .update();
        TestUsers.clean(jdbc);
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void remindsExactlyTheUnitsStillMissingAJuneReportOnceAfterTheDueDate() {
        List<ReminderEntry> sent = reminders.sendDue(MONDAY_AFTER_DUE);

        assertThat(names(sent)).containsExactlyInAnyOrderElementsOf(unitsMissingJune());
        assertThat(sent).extracting(ReminderEntry::kind).containsOnly(ReminderKind.OVERDUE);
        assertThat(sent)
                .filteredOn(r -> r.unitName().equals(name(scenario.silentUnitId())))
                .singleElement()
                .satisfies(r -> assertThat(r.taskCount()).isEqualTo(juneTasksOf(scenario.silentUnitId())));
        // Later that day and the next working day: nothing new (the overdue reminder is sent once).
        assertThat(reminders.sendDue(MONDAY_AFTER_DUE)).isEmpty();
        assertThat(reminders.sendDue(MONDAY_AFTER_DUE.plusDays(1))).isEmpty();
        assertThat(count("select count(*) from reminder")).isEqualTo(sent.size());
    }

    @Test
    void escalatesToTheUnitLeadersAfterMWorkingDaysOverdue() {
        long silent = scenario.silentUnitId();
        Actor reporter = TestUsers.create(jdbc, "nt-reporter", silent, Role.UNIT_REPORTER, null);
        Actor leader = TestUsers.create(jdbc, "nt-leader", silent, Role.UNIT_LEADER, null);

        reminders.sendDue(MONDAY_AFTER_DUE);
        // Thursday 30 June: (24 June, 30 June] holds 4 working days, one short of M = 5.
        assertThat(reminders.sendDue(LocalDate.of(2022, 6, 30)))
                .extracting(ReminderEntry::unitName)
                .doesNotContain(name(silent));
        List<ReminderEntry> friday = reminders.sendDue(LocalDate.of(2022, 7, 1));

        assertThat(friday)
                .filteredOn(r -> r.unitName().equals(name(silent)))
                .singleElement()
                .extracting(ReminderEntry::kind)
                .isEqualTo(ReminderKind.ESCALATION);
        assertThat(inbox.of(reporter, false, 10, Locale.SIMPLIFIED_CHINESE))
                .extracting(InboxEntry::kind)
                .containsExactly("REMINDER_OVERDUE");
        assertThat(inbox.of(leader, false, 10, Locale.SIMPLIFIED_CHINESE))
                .extracting(InboxEntry::kind)
                .containsExactly("REMINDER_ESCALATION", "REMINDER_OVERDUE");
        InboxEntry escalation =
                inbox.of(leader, false, 10, Locale.SIMPLIFIED_CHINESE).get(0);
        assertThat(escalation.subject()).startsWith("【逾期督办】宿州市实施绿色发展行动2022年工作要点（2022年6月）");
        assertThat(escalation.body()).startsWith(name(silent) + "负责同志：本单位 2022年6月期进展报送已于 2022-06-24 截止，已逾期 5 个工作日");
        InboxEntry english = inbox.of(leader, false, 10, Locale.ENGLISH).get(0);
        assertThat(english.subject())
                .isEqualTo("[Escalation] 宿州市实施绿色发展行动2022年工作要点 (June 2022): progress report overdue"
                        + " (due 2022-06-24), for the unit leader");
        assertThat(english.body())
                .startsWith(
                        name(silent) + ", for the unit leader: the June 2022 progress reports were due on 2022-06-24,"
                                + " 5 working days ago;");
        assertThat(escalation.link())
                .isEqualTo("/my/periods/" + scenario.periodIds().get(2));
    }

    @Test
    void remindsNWorkingDaysBeforeTheDueDateButNotEarlierNorOnRestDays() {
        // Monday 20 June: the lead units' Friday is 4 working days away (N = 2); the co-units' Wednesday is 2.
        List<ReminderEntry> monday = reminders.sendDue(LocalDate.of(2022, 6, 20));
        assertThat(monday).allSatisfy(r -> assertThat(r.dueOn()).isEqualTo(LocalDate.of(2022, 6, 22)));
        assertThat(monday).extracting(ReminderEntry::kind).containsOnly(ReminderKind.DUE_SOON);
        assertThat(names(monday)).doesNotContain(name(scenario.silentUnitId()));
        // Wednesday 22 June: the silent (lead) unit's Friday is now 2 working days away.
        assertThat(reminders.sendDue(LocalDate.of(2022, 6, 22)))
                .filteredOn(r -> r.unitName().equals(name(scenario.silentUnitId())))
                .singleElement()
                .extracting(ReminderEntry::kind)
                .isEqualTo(ReminderKind.DUE_SOON);
        // Saturday: no reminder at all.
        assertThat(reminders.sendDue(LocalDate.of(2022, 6, 25))).isEmpty();
    }

    @Test
    void aUnitGetsAtMostTheConfiguredNumberOfRemindersPerDay() {
        // April reopened: units missing reports in April and June are due two reminders on one day.
        jdbc.sql("update reporting_period set state = 'OPEN' where id = ?")
                .param(scenario.periodIds().get(0))
                .update();

        List<ReminderEntry> first = reminders.sendDue(MONDAY_AFTER_DUE);
        assertThat(first.stream().collect(Collectors.groupingBy(ReminderEntry::unitName, Collectors.counting())))
                .allSatisfy((unit, count) -> assertThat(count).as(unit).isEqualTo(1));

        jdbc.sql("update reminder_settings set max_per_unit_day = 2 where plan_id is null")
                .update();
        List<ReminderEntry> second = reminders.sendDue(MONDAY_AFTER_DUE);
        assertThat(second).isNotEmpty();
        assertThat(second).allSatisfy(r -> assertThat(names(first)).contains(r.unitName()));
        assertThat(count("select count(*) from (select unit_id from reminder where day = '2022-06-27'"
                        + " group by unit_id having count(*) > 2) x"))
                .isZero();
    }

    @Test
    void aPlanSwitchedOffSendsNothing() {
        jdbc.sql("insert into reminder_settings (plan_id, enabled) values (?, false)")
                .param(scenario.straw().planId())
                .update();

        assertThat(reminders.sendDue(MONDAY_AFTER_DUE)).isEmpty();
    }

    @Test
    void theOfficePageListsEachReminderWithRecipientChannelAndOutcome() throws Exception {
        long silent = scenario.silentUnitId();
        TestUsers.create(jdbc, "nt-page-reporter", silent, Role.UNIT_REPORTER, null);
        reminders.sendDue(MONDAY_AFTER_DUE);

        String page = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/office/reminders")
                                .with(org.greenplan.accounts.TestActors.office()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .containsPattern("<td class=\"gp-unit\">" + name(silent) + "</td>\\s*<td>2022年6月</td>\\s*<td>已逾期："
                        + juneTasksOf(silent) + " 项未报送，截止 2022-06-24</td>\\s*<td>nt-page-reporter</td>\\s*<td>站内</td>"
                        + "\\s*<td><span[^>]*>已发送</span>");
    }

    @Test
    void theOfficeSavesSettingsAndOutOfRangeValuesAreRefused() throws Exception {
        ReminderSettings before = settings.global();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/office/reminders/settings")
                        .with(org.greenplan.accounts.TestActors.office())
                        .param("enabled", "true")
                        .param("daysBefore", "3")
                        .param("escalateAfter", "4")
                        .param("maxPerUnitDay", "2")
                        .param("version", String.valueOf(before.version())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("notice", "提醒设置已保存。"));
        assertThat(settings.global())
                .extracting(
                        ReminderSettings::daysBefore, ReminderSettings::escalateAfter, ReminderSettings::maxPerUnitDay)
                .containsExactly(3, 4, 2);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/office/reminders/settings")
                        .with(org.greenplan.accounts.TestActors.office())
                        .param("planId", String.valueOf(scenario.straw().planId()))
                        .param("daysBefore", "30")
                        .param("escalateAfter", "4")
                        .param("maxPerUnitDay", "1"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", org.hamcrest.Matchers.startsWith("设置超出范围")));
        assertThat(settings.ofPlan(scenario.straw().planId())).isEmpty();
        // A stale version (the form read before the save above) is refused.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/office/reminders/settings")
                        .with(org.greenplan.accounts.TestActors.office())
                        .param("daysBefore", "1")
                        .param("escalateAfter", "2")
                        .param("maxPerUnitDay", "1")
                        .param("version", String.valueOf(before.version())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", "设置已被他人修改，请刷新后重试。"));
        assertThat(settings.global().daysBefore()).isEqualTo(3);
    }

    private Set<String> unitsMissingJune() {
        return Set.copyOf(jdbc.sql("""
                        select distinct u.name from assignment a join task t on t.id = a.task_id
                        join responsible_unit u on u.id = a.unit_id
                        where t.plan_id = ? and not exists (select 1 from progress_report r
                            where r.task_id = a.task_id and r.unit_id = a.unit_id and r.period_id = ?
                              and r.submitted_at is not null)""")
                .params(scenario.straw().planId(), scenario.periodIds().get(2))
                .query(String.class)
                .list());
    }

    private int juneTasksOf(long unitId) {
        return jdbc.sql("""
                        select count(distinct a.task_id) from assignment a join task t on t.id = a.task_id
                        where t.plan_id = ? and a.unit_id = ? and not exists (select 1 from progress_report r
                            where r.task_id = a.task_id and r.unit_id = a.unit_id and r.period_id = ?)""")
                .params(scenario.straw().planId(), unitId, scenario.periodIds().get(2))
                .query(Integer.class)
                .single();
    }

    private String name(long unitId) {
        return jdbc.sql("select name from responsible_unit where id = ?")
                .param(unitId)
                .query(String.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static List<String> names(List<ReminderEntry> sent) {
        return sent.stream().map(ReminderEntry::unitName).toList();
    }
}
