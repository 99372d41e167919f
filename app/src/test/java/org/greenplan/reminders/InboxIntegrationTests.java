package org.greenplan.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import org.greenplan.IntegrationTest;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.notifications.Channel;
import org.greenplan.notifications.DeliveryStatus;
import org.greenplan.notifications.Inbox;
import org.greenplan.notifications.Notice;
import org.greenplan.notifications.NoticeText;
import org.greenplan.notifications.Notifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The in-app inbox: each user sees and marks only their own notices, in the language of their pages; the header
 * shows the unread count.
 */
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
        long message = notifications.send(Notice.toUnit(
                "URGING",
                NoticeText.of("reminders.urging.subject", NoticeText.of("reminders.urging.number", 2022, 3)),
                NoticeText.of("reminders.urging.replyBy", LocalDate.of(2022, 7, 5)),
                "/my/urgings",
                null,
                UNIT_A,
                null));

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
        notifications.send(Notice.inAppOnly(
                "PERIOD_OPENED", periodOpened("2022-07"), periodOpenedBody("2022-07"), "/my/periods/5", null, UNIT_A));
        long entry =
                inbox.of(reporterA, false, 10, Locale.SIMPLIFIED_CHINESE).get(0).id();

        mvc.perform(post("/notifications/{id}/read", entry).with(TestActors.as(reporterB)))
                .andExpect(status().isNotFound());
        assertThat(inbox.unreadCount(reporterA)).isEqualTo(1);

        mvc.perform(post("/notifications/{id}/read", entry)
                        .param("follow", "true")
                        .with(TestActors.as(reporterA)))
                .andExpect(redirectedUrl("/my/periods/5"));
        assertThat(inbox.unreadCount(reporterA)).isZero();
        assertThat(inbox.of(reporterA, false, 10, Locale.SIMPLIFIED_CHINESE)
                        .get(0)
                        .readAt())
                .isNotNull();
    }

    @Test
    void markAllReadClearsOnlyTheActorsInbox() throws Exception {
        notifications.send(Notice.inAppOnly(
                "PERIOD_OPENED", periodOpened("2022-06"), periodOpenedBody("2022-06"), null, null, UNIT_A));
        notifications.send(Notice.inAppOnly(
                "PERIOD_OPENED", periodOpened("2022-06"), periodOpenedBody("2022-06"), null, null, UNIT_B));

        mvc.perform(post("/notifications/read").with(TestActors.as(reporterA)))
                .andExpect(redirectedUrl("/notifications"));

        assertThat(inbox.unreadCount(reporterA)).isZero();
        assertThat(inbox.unreadCount(reporterB)).isEqualTo(1);
    }

    @Test
    void aNoticeReadsInTheLanguageOfTheReadersPage() throws Exception {
        long message = notifications.send(Notice.inAppOnly(
                "PERIOD_OPENED",
                periodOpened("2022Q3"),
                NoticeText.lines(
                        NoticeText.verbatim("宿州市实施绿色发展行动2022年工作要点"),
                        periodOpenedBody("2022Q3").then(NoticeText.of("reminders.period.reopenReason", "补充佐证材料"))),
                "/my/periods/5",
                null,
                UNIT_A));

        String english = inboxPage("en");
        assertThat(english)
                .contains("Reporting period Q3 2022 is open")
                .contains("宿州市实施绿色发展行动2022年工作要点\nThe Q3 2022 progress reports were opened by 市发展改革委;"
                        + " please submit by the due date. (reopened because: 补充佐证材料)")
                .doesNotContain("调度周期");
        String chinese = inboxPage("zh_CN");
        assertThat(chinese)
                .contains("调度周期 2022年第3季度 已开启，请按时报送进展")
                .contains("宿州市实施绿色发展行动2022年工作要点\n2022年第3季度期进展报送已由市发展改革委开启，请在截止日前报送。" + "（重新开启原因：补充佐证材料）")
                .doesNotContain("Reporting period");
        // The message keeps the office's Chinese beside its keys: what the delivery log shows, e-mail carries, and
        // what is read should the keys ever stop rendering.
        assertThat(jdbc.sql("select subject from notification_message where id = ?")
                        .param(message)
                        .query(String.class)
                        .single())
                .isEqualTo("调度周期 2022年第3季度 已开启，请按时报送进展");
        assertThat(inbox.of(reporterA, false, 10, Locale.ENGLISH))
                .singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("Reporting period Q3 2022 is open"));
    }

    @Test
    void aNoticeStoredBeforeNoticesKeptTheirKeysReadsAsItWasStored() throws Exception {
        long message = jdbc.sql("""
                        insert into notification_message (kind, subject, body, link, unit_id)
                        values ('PERIOD_CLOSED', '调度周期 2022-06 已关闭', '2022-06 期进展报送已由办公室关闭。', null, ?)
                        returning id""").param(UNIT_A).query(Long.class).single();
        jdbc.sql("insert into notification_inbox (message_id, user_id) values (?, ?)")
                .params(message, reporterA.userId())
                .update();

        assertThat(inboxPage("en")).contains("调度周期 2022-06 已关闭").contains("2022-06 期进展报送已由办公室关闭。");
        assertThat(inbox.of(reporterA, false, 10, Locale.SIMPLIFIED_CHINESE))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.subject()).isEqualTo("调度周期 2022-06 已关闭");
                    assertThat(e.body()).isEqualTo("2022-06 期进展报送已由办公室关闭。");
                });
    }

    private String inboxPage(String language) throws Exception {
        return mvc.perform(get("/notifications").param("lang", language).with(TestActors.as(reporterA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static NoticeText periodOpened(String label) {
        return NoticeText.of("reminders.period.opened.subject", NoticeText.period(label));
    }

    private static NoticeText periodOpenedBody(String label) {
        return NoticeText.of("reminders.period.opened.body", NoticeText.period(label), "市发展改革委");
    }
}
