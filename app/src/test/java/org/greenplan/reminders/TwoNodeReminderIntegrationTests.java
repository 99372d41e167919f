package org.greenplan.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.greenplan.DatabaseCleaner;
import org.greenplan.GreenPlanApplication;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.notifications.internal.RobotStub;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "Done when": an overdue report produces exactly one reminder e-mail and one webhook call with
 * two app instances running. Two more Spring contexts (scheduling and ShedLock on, mail to GreenMail, a
 * DingTalk robot with 加签 at a local stub) run on this test's database and start the reminder job at the same
 * moment.
 */
@IntegrationTest
class TwoNodeReminderIntegrationTests {
    private static final String SECRET = "SECtwo-node-test-secret";
    private static final LocalDate MONDAY_AFTER_DUE = LocalDate.of(2022, 6, 27);
    private static final LocalDate ESCALATION_DAY = LocalDate.of(2022, 7, 1);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void clean() {
        jdbc.sql("update reminder_settings set escalate_after = 3 where plan_id is null")
                .update();
        jdbc.sql("update responsible_unit set contact_email = null, contact_name = null")
                .update();
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void anOverdueReportIsRemindedByExactlyOneEmailAndOneWebhookCallWithTwoNodes() throws Exception {
        SupervisionScenario scenario = SupervisionScenario.build(importer, jdbc, reports);
        jdbc.sql("update reminder_settings set escalate_after = 5 where plan_id is null")
                .update();
        long silent = scenario.silentUnitId();
        jdbc.sql("update responsible_unit set contact_email = null, contact_name = null")
                .update();
        jdbc.sql("update responsible_unit set contact_name = ?, contact_email = ? where id = ?")
                .params("张联络", "lianluo@example.gov.cn", silent)
                .update();
        String silentName = jdbc.sql("select name from responsible_unit where id = ?")
                .param(silent)
                .query(String.class)
                .single();

        List<List<ReminderEntry>> runs = new ArrayList<>();
        try (RobotStub robot = new RobotStub();
                ConfigurableApplicationContext first = node(robot);
                ConfigurableApplicationContext second = node(robot)) {
            runs.addAll(
                    runTogether(first.getBean(ReminderJob.class), second.getBean(ReminderJob.class), MONDAY_AFTER_DUE));
            waitForDeliveries();

            // One node held the ShedLock lock and ran; the other found it held and did nothing.
            assertThat(runs).filteredOn(r -> r == null).hasSize(1);
            List<ReminderEntry> sent =
                    runs.stream().filter(r -> r != null).findFirst().orElseThrow();
            assertThat(sent)
                    .filteredOn(r -> r.unitName().equals(silentName))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.kind()).isEqualTo(ReminderKind.OVERDUE);
                        assertThat(r.day()).isEqualTo(MONDAY_AFTER_DUE);
                        assertThat(r.dueOn()).isEqualTo(LocalDate.of(2022, 6, 24));
                    });

            MimeMessage[] mails = mail.getReceivedMessages();
            assertThat(mails).hasSize(1);
            assertThat(mails[0].getAllRecipients())
                    .extracting(Object::toString)
                    .containsExactly("lianluo@example.gov.cn");
            assertThat(mails[0].getSubject())
                    .startsWith("【逾期提醒】")
                    .contains("（2022年6月）")
                    .contains("2022-06-24");
            assertThat(mails[0].getContent().toString())
                    .startsWith(silentName + "：2022年6月期进展报送已于 2022-06-24 截止，已逾期 1 个工作日");

            assertThat(robot.calls()).hasSize(1);
            RobotStub.Call call = robot.calls().get(0);
            assertThat(call.path()).isEqualTo("/robot/send");
            assertSignedByDingTalkRules(call.query());
            JsonNode json = JsonMapper.builder().build().readTree(call.body());
            assertThat(json.path("msgtype").asText()).isEqualTo("text");
            assertThat(json.path("text").path("content").asText())
                    .startsWith("【催报】")
                    .contains(silentName + "：");

            // Five working days overdue: both nodes run the reminders at once without the ShedLock lock; the
            // unique key (plan, period, unit, kind, day) lets one of them send the escalation.
            List<List<ReminderEntry>> escalations =
                    runTogether(first.getBean(Reminders.class), second.getBean(Reminders.class), ESCALATION_DAY);
            mail.waitForIncomingEmail(5000, 2);
            assertThat(escalations.stream()
                            .flatMap(List::stream)
                            .filter(r -> r.unitName().equals(silentName)))
                    .singleElement()
                    .extracting(ReminderEntry::kind)
                    .isEqualTo(ReminderKind.ESCALATION);
            assertThat(mail.getReceivedMessages()).hasSize(2);
            assertThat(mail.getReceivedMessages()[1].getSubject()).startsWith("【逾期督办】");
            // Without the lock each node posts its own share to the robots: every unit is named exactly once.
            List<String> lines = robot.calls().stream()
                    .skip(1)
                    .map(c -> JsonMapper.builder()
                            .build()
                            .readTree(c.body())
                            .path("text")
                            .path("content")
                            .asText())
                    .flatMap(text -> text.lines().skip(2))
                    .toList();
            List<String> escalated = escalations.stream()
                    .flatMap(List::stream)
                    .map(ReminderEntry::unitName)
                    .toList();
            assertThat(escalated).doesNotHaveDuplicates();
            assertThat(lines).hasSameSizeAs(escalated);
            assertThat(lines)
                    .filteredOn(l -> l.startsWith(silentName + "："))
                    .singleElement()
                    .asString()
                    .endsWith("（逾期督办）");
        }
        assertThat(jdbc.sql("select count(*) from reminder where unit_id = ? and day = ?")
                        .params(silent, MONDAY_AFTER_DUE)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select r.kind || ' ' || d.recipient || ' ' || d.status
                        from notification_delivery d join reminder r on r.message_id = d.message_id
                        where r.unit_id = ? and d.channel = 'EMAIL' order by d.id""").param(silent).query(String.class).list())
                .containsExactly("OVERDUE lianluo@example.gov.cn SENT", "ESCALATION lianluo@example.gov.cn SENT");
    }

    private static void assertSignedByDingTalkRules(String query) throws Exception {
        Matcher m =
                Pattern.compile("access_token=node&timestamp=(\\d+)&sign=(.+)").matcher(query);
        assertThat(m.matches()).as(query).isTrue();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((m.group(1) + "\n" + SECRET).getBytes(StandardCharsets.UTF_8));
        assertThat(java.util.Base64.getDecoder().decode(URLDecoder.decode(m.group(2), StandardCharsets.UTF_8)))
                .isEqualTo(expected);
    }

    private static List<List<ReminderEntry>> runTogether(Object first, Object second, LocalDate day) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<ReminderEntry>>> futures = new ArrayList<>();
            for (Object node : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return node instanceof ReminderJob job ? job.runOn(day) : ((Reminders) node).sendDue(day);
                }));
            }
            start.countDown();
            List<List<ReminderEntry>> results = new ArrayList<>();
            for (Future<List<ReminderEntry>> f : futures) {
                results.add(f.get(3, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** E-mail and webhook go out after the notice's commit, in the sending thread; nothing is left pending. */
    private static void waitForDeliveries() {
        mail.waitForIncomingEmail(2000, 1);
    }

    private ConfigurableApplicationContext node(RobotStub robot) throws Exception {
        HikariDataSource pool = (HikariDataSource) dataSource;
        Path home = Files.createTempDirectory("greenplan-node");
        Map<String, Object> properties = Map.ofEntries(
                Map.entry("spring.datasource.url", pool.getJdbcUrl()),
                Map.entry("spring.datasource.username", pool.getUsername()),
                Map.entry("spring.datasource.password", pool.getPassword()),
                Map.entry("spring.flyway.enabled", "false"),
                Map.entry("server.port", "0"),
                Map.entry("greenplan.scheduling.enabled", "true"),
                Map.entry("greenplan.scheduling.daily-cron", "-"),
                Map.entry("greenplan.reminders.cron", "-"),
                Map.entry(
                        "greenplan.database.embedded.data-dir",
                        home.resolve("pg").toString()),
                Map.entry("spring.mail.host", "127.0.0.1"),
                Map.entry("spring.mail.port", String.valueOf(mail.getSmtp().getPort())),
                Map.entry("greenplan.notifications.webhooks[0].kind", "DINGTALK"),
                Map.entry("greenplan.notifications.webhooks[0].url", robot.url() + "/robot/send?access_token=node"),
                Map.entry("greenplan.notifications.webhooks[0].secret", SECRET));
        // As command-line arguments: they outrank application.properties (server.port=${PORT:8080}).
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(GreenPlanApplication.class).run(args);
    }
}
