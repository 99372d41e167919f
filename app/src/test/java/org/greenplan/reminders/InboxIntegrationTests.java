package org.greenplan.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.greenplan.IntegrationTest;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.notifications.Channel;
import org.greenplan.notifications.DeliveryStatus;
import org.greenplan.notifications.Inbox;
import org.greenplan.notifications.Notice;
import org.greenplan.notifications.Notifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The in-app inbox: each user sees and marks only their own notices; the header shows the unread count. */
@IntegrationTest
class InboxIntegrationTests {
    private static final long UNIT_A = 7;
    private static final long UNIT_B = 8;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifications notifications;

    @Autowired
    Inbox inbox;

    Actor reporterA;
    Actor reporterB;

    @BeforeEach
    void users() {
        jdbc.sql("update responsible_unit set contact_name = null, contact_email = null, contact_phone = null"
                        + " where id in (?, ?)")
                .params(UNIT_A, UNIT_B)
                .update();
        reporterA = TestUsers.create(jdbc, "nt-a", UNIT_A, Role.UNIT_REPORTER, "a@example.gov.cn");
        reporterB = TestUsers.create(jdbc, "nt-b", UNIT_B, Role.UNIT_REPORTER, null);
    }

    @AfterEach
    void clean() {
        jdbc.sql("delete from notification_message where unit_id in (?, ?)")
                .params(UNIT_A, UNIT_B)
                .update();
        TestUsers.clean(jdbc);
    }

    @Test
    void aReporterSeesOnlyOwnNoticesAndTheUnreadCountInTheHeader() throws Exception {
        long message = notifications.send(
                Notice.toUnit("URGING", "【催办】催办〔2022〕第3号", "请于 7 月 5 日前报送。", "/my/urgings", null, UNIT_A, null));

        String page = mvc.perform(get("/notifications").with(TestActors.as(reporterA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("【催办】催办〔2022〕第3号").contains("id=\"unread-count\"");
        assertThat(page).containsPattern("id=\"unread-count\"[^>]*>1<");
        String other = mvc.perform(get("/notifications").with(TestActors.as(reporterB)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(other).doesNotContain("催办〔2022〕第3号").doesNotContain("id=\"unread-count\"");
        // Mail is not configured in the tests: the e-mail is logged as skipped, never lost silently.
        assertThat(notifications.deliveries(message))
                .extracting(d -> d.channel() + " " + d.recipient() + " " + d.status())
                .containsExactly(
                        Channel.IN_APP + " nt-a " + DeliveryStatus.SENT,
                        Channel.EMAIL + " a@example.gov.cn " + DeliveryStatus.SKIPPED);
    }

    @Test
    void anotherUsersNoticeCannotBeMarkedReadAndOwnOnesFollowTheirLink() throws Exception {
        notifications.send(
                Notice.inAppOnly("PERIOD_OPENED", "调度周期 2022-07 已开启", "请按时报送。", "/my/periods/5", null, UNIT_A));
        long entry = inbox.of(reporterA, false, 10).get(0).id();

        mvc.perform(post("/notifications/{id}/read", entry).with(TestActors.as(reporterB)))
                .andExpect(status().isNotFound());
        assertThat(inbox.unreadCount(reporterA)).isEqualTo(1);

        mvc.perform(post("/notifications/{id}/read", entry)
                        .param("follow", "true")
                        .with(TestActors.as(reporterA)))
                .andExpect(redirectedUrl("/my/periods/5"));
        assertThat(inbox.unreadCount(reporterA)).isZero();
        assertThat(inbox.of(reporterA, false, 10).get(0).readAt()).isNotNull();
    }

    @Test
    void markAllReadClearsOnlyTheActorsInbox() throws Exception {
        notifications.send(Notice.inAppOnly("PERIOD_CLOSED", "调度周期 2022-06 已关闭", "原因", null, null, UNIT_A));
        notifications.send(Notice.inAppOnly("PERIOD_CLOSED", "调度周期 2022-06 已关闭", "原因", null, null, UNIT_B));

        mvc.perform(post("/notifications/read").with(TestActors.as(reporterA)))
                .andExpect(redirectedUrl("/notifications"));

        assertThat(inbox.unreadCount(reporterA)).isZero();
        assertThat(inbox.unreadCount(reporterB)).isEqualTo(1);
    }
}
