package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.greenplan.SupervisionScenario;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regression test of a pool deadlock found under load (issue 11): on a cold server, more signed-in people than
 * the pool has connections asking at the same instant for an answer nobody has computed yet (the dashboard's
 * data and page, its task lists, the public page, {@code /my}) must all get the right answer. The answers are
 * kept ({@code shared.ResultCache}): one request computes and the others wait for it; a request that waited
 * while holding a pooled connection left the computing request none, and every request failed after the
 * pool's timeout; a request waiting inside a transaction starved everyone else. Real HTTP on a random port with sessions from the login form (Spring Session JDBC), a pool
 * of 3 connections and a connection timeout of 3 s; every round first raises the generations so that nothing
 * is kept (as after a change, or on a fresh start).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "greenplan.database.embedded.data-dir=${java.io.tmpdir}/greenplan-test/${random.uuid}",
            "greenplan.scheduling.enabled=false",
            "spring.datasource.hikari.maximum-pool-size=3",
            "spring.datasource.hikari.connection-timeout=3000"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ColdAnswersUnderLoadIntegrationTests {
    private static final int CLIENTS = 8;
    private static final String PASSWORD = "cold-start-password-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanImporter importer;

    @Autowired
    ProgressReports reports;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Supervision supervision;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource dataSource;

    SupervisionScenario scenario;
    long planId;
    long unitId;
    List<HttpClient> leaders;
    List<HttpClient> reporters;

    @BeforeAll
    void signIn() throws Exception {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        planId = scenario.straw().planId();
        unitId = firstUnitOf(scenario.taskIds().get(1));
        jdbc.sql("insert into public_plan (plan_id, public, changed_at) values (?, true, now())")
                .param(planId)
                .update();
        String hash = passwords.encode(PASSWORD);
        leaders = new ArrayList<>();
        reporters = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            leaders.add(signedIn(user("cold-leader-" + i, "领导" + i, null, "LEADER", hash)));
            reporters.add(signedIn(user("cold-reporter-" + i, "填报员" + i, unitId, "UNIT_REPORTER", hash)));
        }
    }

    @Test
    void everyLeaderAskingTheColdDashboardDataAtOnceGetsTheCounts() throws Exception {
        List<String> bodies = atOnce(leaders, c -> get(c, "/leader/dashboard/data?plan=" + planId));

        JsonNode data = json.readTree(bodies.get(0));
        assertThat(data.get("planId").asLong()).isEqualTo(planId);
        assertThat(data.get("total").get("count").asInt())
                .isEqualTo(scenario.taskIds().size());
        var expected = supervision.ofPlan(planId, LocalDate.parse(data.get("on").asString()));
        for (JsonNode status : data.get("statuses")) {
            TaskStatus s = TaskStatus.valueOf(status.get("key").asString());
            assertThat(status.get("count").asInt()).as(s.name()).isEqualTo(expected.count(s));
        }
        assertThat(expected.count(TaskStatus.RED) + expected.count(TaskStatus.GREEN))
                .isPositive();
        assertThat(bodies).allMatch(bodies.get(0)::equals);
    }

    @Test
    void leadersAskingTheColdPageListsAndDataTogetherAllGetThem() throws Exception {
        List<String> bodies = atOnce(leaders, c -> {
            int i = leaders.indexOf(c);
            return switch (i % 4) {
                case 0 -> get(c, "/leader/dashboard/data?plan=" + planId);
                case 1 -> get(c, "/leader/dashboard?plan=" + planId);
                case 2 -> get(c, "/leader/dashboard/tasks?plan=" + planId + "&status=GREEN");
                default -> get(c, "/public/plans/" + planId);
            };
        });

        String title = jdbc.sql("select title from plan where id = ?")
                .param(planId)
                .query(String.class)
                .single();
        assertThat(bodies).hasSize(CLIENTS).allMatch(b -> b.contains(title));
        assertThat(bodies.get(1)).contains("id=\"signed-in-as\"");
    }

    @Test
    void everyReporterOfAUnitOpeningTheColdWorkspaceAtOnceSeesItsTasks() throws Exception {
        List<String> pages = atOnce(reporters, c -> get(c, "/my"));

        Set<Long> tasks = tasksOfUnit();
        assertThat(tasks).isNotEmpty();
        for (int i = 0; i < CLIENTS; i++) {
            assertThat(dueTaskIds(pages.get(i))).as("reporter " + i).isEqualTo(tasks);
            assertThat(pages.get(i)).contains(">填报员" + i + "<");
        }
    }

    /**
     * While a unit's workspace is being computed (held here by a table lock its computation waits for, as a slow
     * computation would be), the reporters waiting for that answer must leave the pool to others: a leader's kept
     * dashboard answer is served meanwhile, and then every reporter gets the workspace.
     */
    @Test
    void reportersWaitingForTheWorkspaceLeaveThePoolToOthers() throws Exception {
        HttpResponse<String> warm = send(leaders.get(0), "/leader/dashboard/data?plan=" + planId);
        assertThat(warm.statusCode()).isEqualTo(200);
        makeWorkspaceCold();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<HttpResponse<String>>> mine = new ArrayList<>();
        try (Connection lock = DriverManager.getConnection(
                ((HikariDataSource) dataSource).getJdbcUrl(),
                ((HikariDataSource) dataSource).getUsername(),
                ((HikariDataSource) dataSource).getPassword())) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table reporting_period in access exclusive mode");
            for (HttpClient reporter : reporters) {
                mine.add(pool.submit(() -> send(reporter, "/my")));
            }
            awaitBlockedOnLock(lock);
            Thread.sleep(1000); // the other reporters reach the kept answer and wait for it
            HttpResponse<String> meanwhile = send(leaders.get(1), "/leader/dashboard/data?plan=" + planId);
            lock.rollback();
            assertThat(meanwhile.statusCode())
                    .as("a kept answer while /my computes")
                    .isEqualTo(200);
            assertThat(meanwhile.body()).isEqualTo(warm.body());
        } finally {
            pool.shutdown();
        }
        Set<Long> tasks = tasksOfUnit();
        for (int i = 0; i < CLIENTS; i++) {
            HttpResponse<String> page = mine.get(i).get();
            assertThat(page.statusCode()).as("reporter %d: %s", i, page.body()).isEqualTo(200);
            assertThat(dueTaskIds(page.body())).isEqualTo(tasks);
        }
    }

    /** Waits until a statement of the app waits for the lock the connection holds (at most 30 s). */
    private static void awaitBlockedOnLock(Connection lock) throws Exception {
        for (int i = 0; i < 300; i++) {
            try (var rs = lock.createStatement()
                    .executeQuery(
                            "select count(*) from pg_locks where not granted and relation = 'reporting_period'::regclass")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no workspace computation reached the locked table");
    }

    private HttpResponse<String> send(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(get(client, path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Raises the generations (nothing kept is valid any more), then sends one request per client, all released
     * at the same instant.
     *
     * @return the bodies in the clients' order, each answered 200
     */
    private List<String> atOnce(List<HttpClient> clients, Function<HttpClient, HttpRequest> request) throws Exception {
        makeEverythingCold();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (HttpClient client : clients) {
                HttpRequest r = request.apply(client);
                sent.add(pool.submit(() -> {
                    start.await();
                    return client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                }));
            }
            start.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<HttpResponse<String>> f : sent) {
                HttpResponse<String> response = f.get();
                assertThat(response.statusCode())
                        .as("%s answered %s", response.uri(), response.body())
                        .isEqualTo(200);
                bodies.add(response.body());
            }
            return bodies;
        } finally {
            pool.shutdownNow();
        }
    }

    private void makeWorkspaceCold() {
        jdbc.sql("""
                        insert into unit_workspace_unit_generation (unit_id, generation) values (?, 1)
                        on conflict (unit_id) do update set generation = unit_workspace_unit_generation.generation + 1""").param(unitId).update();
    }

    private Set<Long> tasksOfUnit() {
        return new TreeSet<>(
                jdbc.sql("""
                        select distinct a.task_id from assignment a join task t on t.id = a.task_id
                        where t.plan_id = ? and a.unit_id = ?""").params(planId, unitId).query(Long.class).list());
    }

    private void makeEverythingCold() {
        jdbc.sql("""
                        insert into period_result_generation (plan_id, generation, current_generation) values (?, 0, 1)
                        on conflict (plan_id) do update
                            set current_generation = period_result_generation.current_generation + 1""").param(planId).update();
        jdbc.sql("""
                        insert into unit_workspace_unit_generation (unit_id, generation) values (?, 1)
                        on conflict (unit_id) do update set generation = unit_workspace_unit_generation.generation + 1""").param(unitId).update();
    }

    private HttpRequest get(HttpClient client, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
    }

    /** A client signed in through the login form, holding its session cookie. */
    private HttpClient signedIn(String username) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String form = "username=" + username + "&password=" + PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private String user(String username, String displayName, Long unit, String role, String hash) {
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, unit_id, must_change_password)
                        values (?, ?, ?, ?, false) returning id""")
                .params(username, displayName, hash, unit)
                .query(Long.class)
                .single();
        jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)")
                .params(id, role)
                .update();
        return username;
    }

    private long firstUnitOf(long taskId) {
        return jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                .param(taskId)
                .query(Long.class)
                .single();
    }

    private static Set<Long> dueTaskIds(String page) {
        Set<Long> ids = new TreeSet<>();
        Matcher m = Pattern.compile("gp-due-item\" data-task=\"(\\d+)\"").matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
