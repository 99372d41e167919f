package org.greenplan.bench.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A read page under {@code -Dclients=50} concurrent signed-in clients for {@code -Dseconds=30}, after the
 * same number of clients on a static file (the baseline, request name {@code baseline}) for as long, in
 * one run. {@code -Dpath=/leader/dashboard/data -Duser=demo-leader}, or {@code -Dpath=/my} as the
 * reporters listed in {@code -Dreporters=FILE} (the CSV {@code ./greenplan demo-data --reporters-csv}
 * wrote). Each client stops after {@code -Dmax=6000} measured requests; the whole run after twice the duration and
 * warm-up plus the sign-in time and a minute.
 *
 * <p>Each phase begins with {@code -Dwarmup-seconds=20} of the same requests, recorded under their own name ({@code
 * baseline warm-up}, {@code page warm-up}) and left out of the measured figures: the server has just started, and
 * without it the measured phase paid for the JIT compiling the page's code (on two cores the compiler threads took
 * most of a core for the first half minute), which a server that has been running for a day does not pay.
 *
 * <p>The clients sign in spread evenly over {@code -Dsignin-seconds=20} after the baseline (as people open
 * the page over a while; a password check costs about 0.1 s of a core, and 50 checks at once queued for up to
 * 37 s and timed out), then all of them start reading at the same instant, so the measured phase holds no
 * sign-in. {@code -Dsignin-seconds=0} signs all in at once, a sign-in storm inside the measured phase.
 */
public class ReadSimulation extends Simulation {
    private final int clients = Sign.intProperty("clients", 50);
    private final Duration duration = Duration.ofSeconds(Sign.intProperty("seconds", 30));
    private final int max = Sign.intProperty("max", 6000);
    private final String path = System.getProperty("path", "/my");
    private final String user = System.getProperty("user", "");
    private final Duration signIn = Duration.ofSeconds(Sign.intProperty("signin-seconds", 20));
    private final Duration warmUp = Duration.ofSeconds(Sign.intProperty("warmup-seconds", 20));
    // the page clients start after the baseline's warm-up and measured phase and five quiet seconds
    private final Duration pageStart = warmUp.plus(duration).plusSeconds(5);
    // every client, signed in, waits for this instant: the measured phase starts for all at once
    private final long readAtMillis =
            System.currentTimeMillis() + pageStart.plus(signIn).toMillis();

    private ScenarioBuilder loop(String name, String url, boolean signsIn) {
        List<String> reporters = user.isBlank() ? Reporters.read().usernames() : List.of(user);
        var users = IntStream.iterate(0, i -> i + 1)
                .mapToObj(i -> Map.<String, Object>of(
                        "username", reporters.get(i % reporters.size()), "password", Sign.password()))
                .iterator();
        ChainBuilder start = exec(session -> session.set("n", 0));
        if (signsIn) {
            start = start.exec(Sign.in())
                    .pause(session -> Duration.ofMillis(Math.max(0, readAtMillis - System.currentTimeMillis())));
        }
        return scenario(name)
                .feed(users)
                .exec(start)
                .exec(asLongAsDuring(session -> true, warmUp)
                        .on(exec(http(name + " warm-up").get(url).check(status().is(200)))))
                .exec(asLongAsDuring(session -> session.getInt("n") < max, duration)
                        .on(exec(http(name).get(url).check(status().is(200)))
                                .exec(session -> session.set("n", session.getInt("n") + 1))));
    }

    private io.gatling.javaapi.core.OpenInjectionStep signIns() {
        return signIn.isZero() ? atOnceUsers(clients) : rampUsers(clients).during(signIn);
    }

    {
        setUp(
                        loop("baseline", "/css/greenplan.css", false).injectOpen(atOnceUsers(clients)),
                        loop("page", path, true)
                                .injectOpen(nothingFor(pageStart), signIns()))
                .protocols(Sign.protocol())
                .maxDuration(duration.plus(warmUp).multipliedBy(2).plus(signIn).plusSeconds(60));
    }
}
