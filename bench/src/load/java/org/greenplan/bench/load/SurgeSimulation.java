package org.greenplan.bench.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The deadline surge: {@code -Dclients=200} reporters, each of another unit, sign in spread over the
 * {@code -Dsignin-seconds=60} before the deadline minute (as people open the system in the last hour; 0 signs
 * all in at once, a sign-in storm), then all start together and for {@code -Dseconds=60} submit their unit's
 * open reports one after the other as a person does: open the form (its CSRF token and row version), read and
 * fill it, post it ({@code submit}, accepted only when the page answers with its notice), then turn to the
 * next report. Before it, in the same run, as many clients read a static file for 20 s (the baseline,
 * {@code baseline}). The sign-ins are reported as their own requests ({@code login form}, {@code login}).
 * bench/load.sh compares the accepted count with the database afterwards.
 *
 * <p>A person's pace, {@code -Dpause=5-15} (seconds, see {@link Pace}): a pause drawn from that range before
 * each report's form (finding the next report; so the 200 do not all click in the same millisecond when the
 * minute starts) and another between the form and its submission (reading and filling it). People need far
 * longer to fill a report than 15 s, so the default is already a surge denser than a real deadline: 200
 * reporters at 5–15 s make about 10 submissions a second. {@code -Dpause=0} removes every pause: each reporter
 * loops form → submit at full speed, a closed loop at saturation whose latency is about clients ÷ throughput,
 * which measures the server's ceiling (report it as such, next to the paced run), not people.
 */
public class SurgeSimulation extends Simulation {
    private final int clients = Sign.intProperty("clients", 200);
    private final Duration duration = Duration.ofSeconds(Sign.intProperty("seconds", 60));
    private final Duration baseline = Duration.ofSeconds(Sign.intProperty("baseline-seconds", 20));
    private final Duration signIn = Duration.ofSeconds(Sign.intProperty("signin-seconds", 60));
    private final Pace pace = Pace.of("pause", "5-15");
    // every reporter, signed in, waits for this instant: the deadline minute starts for all at once
    private final long surgeAtMillis =
            System.currentTimeMillis() + baseline.plusSeconds(5).plus(signIn).toMillis();

    private ScenarioBuilder baseline() {
        return scenario("baseline")
                .exec(asLongAsDuring(session -> true, baseline)
                        .on(exec(http("baseline").get("/css/greenplan.css").check(status().is(200)))));
    }

    private ScenarioBuilder surge() {
        Reporters reporters = Reporters.read();
        List<String> usernames = reporters.usernames();
        if (usernames.size() < clients) {
            throw new IllegalArgumentException(
                    "only " + usernames.size() + " reporters have open reports; -Dclients=" + clients);
        }
        var feeder = usernames.stream()
                .limit(clients)
                .map(name -> Map.<String, Object>of(
                        "username", name, "password", Sign.password(), "keys", reporters.keys().get(name)))
                .iterator();
        return scenario("surge")
                .feed(feeder)
                .exec(Sign.in())
                .pause(session -> Duration.ofMillis(Math.max(0, surgeAtMillis - System.currentTimeMillis())))
                .exec(session -> session.set("i", 0))
                .exec(asLongAsDuring(session -> session.getInt("i") < session.getList("keys").size(), duration)
                        .on(exec(session -> session.set("key", session.getList("keys").get(session.getInt("i")))
                                        .set("i", session.getInt("i") + 1))
                                .pause(session -> pace.draw())
                                .exec(http("report form")
                                        .get("/my/reports/periods/#{key}")
                                        .check(
                                                status().is(200),
                                                css("form input[name=_csrf]", "value").saveAs("csrf"),
                                                css("input[name=rowVersion]", "value").saveAs("rowVersion")))
                                .pause(session -> pace.draw())
                                .exec(http("submit")
                                        .post("/my/reports/periods/#{key}/submission")
                                        .formParam("_csrf", "#{csrf}")
                                        .formParam("rowVersion", "#{rowVersion}")
                                        .formParam("progress", "本月按计划推进，已完成阶段性工作。")
                                        // a red task's unit must say what holds it back (the product refuses without)
                                        .formParam("problems", "部分项目资金尚未到位。")
                                        .formParam("nextSteps", "下一步继续加强调度。")
                                        .formParam("completion", "60")
                                        .check(status().is(200), css(".gp-notice").exists()))));
    }

    private io.gatling.javaapi.core.OpenInjectionStep signIns() {
        return signIn.isZero() ? atOnceUsers(clients) : rampUsers(clients).during(signIn);
    }

    {
        setUp(
                        baseline().injectOpen(atOnceUsers(clients)),
                        surge().injectOpen(nothingFor(baseline.plusSeconds(5)), signIns()))
                .protocols(Sign.protocol())
                .maxDuration(baseline.plus(signIn).plus(duration).plusSeconds(60));
    }
}
