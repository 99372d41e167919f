package org.greenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.greenplan.IntegrationTest;
import org.greenplan.PublishedStrawTarget;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail read back per task, per user and per entity, newest first and paged, and its pages. */
@IntegrationTest
class AuditLogIntegrationTests {
    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanImporter importer;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    /** Ids no other test uses, so that rows other tests left in the shared trail do not interfere. */
    final long taskId = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);

    final long userId = taskId;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void listsATasksHistoryIncludingItsTargetsNewestFirstWithWhoAndOldAndNewValues() {
        signIn(new Actor(userId, "office", "张办", null, Set.of(Role.OFFICE_ADMIN), false));
        write(new AuditSubject("TASK", taskId, taskId, null), "TASK_EDITED", new FieldChange("text", "旧", "新"));
        write(new AuditSubject("TARGET", 7, taskId, null), "VALUE_ENTERED", new FieldChange("value", null, "88.5 %"));
        write(new AuditSubject("TASK", taskId + 1, taskId + 1, null), "TASK_EDITED", new FieldChange("text", "a", "b"));

        List<AuditRecord> history = log.forTask(taskId).records();

        assertThat(history)
                .extracting(AuditRecord::entity, AuditRecord::field, AuditRecord::oldValue, AuditRecord::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TARGET", "value", null, "88.5 %"),
                        org.assertj.core.groups.Tuple.tuple("TASK", "text", "旧", "新"));
        assertThat(history).allSatisfy(r -> {
            assertThat(r.actor()).isEqualTo("张办");
            assertThat(r.actorUserId()).isEqualTo(userId);
        });
    }

    @Test
    void listsAUsersActionsAndOneEntitysHistory() {
        signIn(new Actor(userId, "office", "张办", null, Set.of(Role.OFFICE_ADMIN), false));
        write(
                new AuditSubject("TARGET", taskId, taskId, null),
                "SETTINGS_CHANGED",
                new FieldChange("pacing", "LINEAR", "FRONT_LOADED"));
        signIn(new Actor(userId + 1, "other", "李办", null, Set.of(Role.OFFICE_ADMIN), false));
        write(
                new AuditSubject("TARGET", taskId, taskId, null),
                "SETTINGS_CHANGED",
                new FieldChange("baseline", null, "80"));

        assertThat(log.byUser(userId).records()).extracting(AuditRecord::field).containsExactly("pacing");
        assertThat(log.byUser(userId + 1).records())
                .extracting(AuditRecord::field)
                .containsExactly("baseline");
        assertThat(log.forEntity("target", taskId).records())
                .extracting(AuditRecord::actor)
                .containsExactly("李办", "张办");
        assertThat(log.actors()).extracting(AuditActor::displayName).contains("张办", "李办");
    }

    @Test
    void pagesNewestFirst() {
        for (int i = 0; i < 5; i++) {
            write(
                    new AuditSubject("TASK", taskId, taskId, null),
                    "TASK_EDITED",
                    new FieldChange("text", "v" + i, "v" + (i + 1)));
        }
        AuditQuery firstPage = new AuditQuery(null, taskId, null, null, null, null, 0, 2);

        AuditPage first = log.find(firstPage);
        AuditPage last = log.find(firstPage.page(2));

        assertThat(first.records()).extracting(AuditRecord::newValue).containsExactly("v5", "v4");
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        assertThat(last.records()).extracting(AuditRecord::newValue).containsExactly("v1");
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void filtersByDaysInTheOfficesTimeZone() {
        write(new AuditSubject("TASK", taskId, taskId, null), "TASK_EDITED", new FieldChange("text", "a", "b"));
        LocalDate today = LocalDate.now(clock);

        assertThat(log.find(new AuditQuery(null, taskId, null, null, today, today, 0, 10))
                        .records())
                .hasSize(1);
        assertThat(log.find(new AuditQuery(null, taskId, null, null, today.plusDays(1), null, 0, 10))
                        .records())
                .isEmpty();
        assertThat(log.find(new AuditQuery(null, taskId, null, null, null, today.minusDays(1), 0, 10))
                        .records())
                .isEmpty();
    }

    @Test
    void theOfficePageShowsWhoActedForWhichUnitAndWhatChanged() throws Exception {
        // the page's task filter names a real task: an id of no task answers 404 (web.OwnedIdFence)
        long taskId = PublishedStrawTarget.publish(importer, jdbc).taskId();
        long unitId = jdbc.sql("select id from responsible_unit where name = '市农业农村局'")
                .query(Long.class)
                .single();
        signIn(new Actor(userId, "office", "张办", null, Set.of(Role.OFFICE_ADMIN), false).actingAs(unitId));
        write(
                new AuditSubject("TARGET", 3, taskId, unitId),
                "VALUE_CORRECTED",
                new FieldChange("value", "2022-06-01: 85 %", "2022-06-01: 88.5 %"));
        SecurityContextHolder.clearContext();

        String page = mvc.perform(get("/office/audit")
                        .param("task", String.valueOf(taskId))
                        .with(TestActors.office()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String fragment = mvc.perform(get("/office/audit/task/{id}", taskId).with(TestActors.office()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        for (String html : List.of(page, fragment)) {
            assertThat(html)
                    .contains("张办")
                    .contains("代 市农业农村局")
                    .contains("更正数值")
                    .contains("2022-06-01: 85 %")
                    .contains("2022-06-01: 88.5 %");
        }
        assertThat(fragment).doesNotContain("<html");
    }

    @Test
    void theOfficePageSaysWhenNothingMatches() throws Exception {
        String page = mvc.perform(get("/office/audit")
                        .param("user", String.valueOf(userId))
                        .with(TestActors.office()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("没有符合条件的记录");
    }

    private void write(AuditSubject subject, String action, FieldChange change) {
        transactions.executeWithoutResult(status -> trail.recordChanges(subject, action, List.of(change), null));
    }

    private static void signIn(Actor actor) {
        GreenPlanUser user = GreenPlanUser.of(actor);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
