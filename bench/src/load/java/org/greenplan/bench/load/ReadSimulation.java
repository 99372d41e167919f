package org.greenplan.bench.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
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
 * A read page under {@code -Dclients=50} concurrent signed-in clients, against the same number of clients on a
 * static file (the baseline, request name {@code baseline}), in one run, each measured for {@code -Dseconds=30} in
 * all. {@code -Dpath=/leader/dashboard/data -Duser=demo-leader}, or {@code -Dpath=/my} as the reporters listed in
 * {@code -Dreporters=FILE} (the CSV {@code ./greenplan demo-data --reporters-csv} wrote). Each client stops after
 * {@code -Dmax=6000} measured requests; the whole run after its planned length and a minute.
 *
 * <p>The measured time is cut into {@code -Drounds=3} rounds, each a baseline slice then a page slice of equal length
 * (10 s each by default), one second apart, so the baseline and the page are measured alternately over the same
 * minute. On this kind of machine (two shared cores) the static file alone served from 2,500 to 5,900 requests a
 * second in different runs, and the page moved with it; measured one after the other, half a minute apart, the ratio
 * compared the page with a machine that had already changed. While one kind is measured the other kind's clients wait.
 *
 * <p>Each kind begins with {@code -Dwarmup-seconds=20} of the same requests, recorded under their own name ({@code
 * baseline warm-up}, {@code page warm-up}) and left out of the measured figures: the server has just started, and
 * without it the measured phase paid for the JIT compiling the page's code (on two cores the compiler threads took
 * most of a core for the first half minute), which a server that has been running for a day does not pay.
 *
 * <p>The page clients sign in spread evenly over {@code -Dsignin-seconds=20} after the baseline's warm-up (as people
 * open the page over a while; a password check costs about 0.1 s of a core, and 50 checks at once queued for up to
 * 37 s and timed out), then all of them start reading at the same instant, so no measured slice holds a sign-in.
 * {@code -Dsignin-seconds=0} signs all in at once.
 */
public class ReadSimulation extends Simulation {
    private final int clients = Sign.intProperty("clients", 50);
    private final int rounds = Math.max(1, Sign.intProperty("rounds", 3));
    private final Duration measured = Duration.ofSeconds(Sign.intProperty("seconds", 30));
    private final Duration slice = measured.dividedBy(rounds);
    private final Duration gap = Duration.ofSeconds(1);
    private final int max = Sign.intProperty("max", 6000);
    private final String path = System.getProperty("path", "/my");
    private final String user = System.getProperty("user", "");
    private final Duration signIn = Duration.ofSeconds(Sign.intProperty("signin-seconds", 20));
    private final Duration warmUp = Duration.ofSeconds(Sign.intProperty("warmup-seconds", 20));
    private final long startMillis = System.currentTimeMillis();
    // the page clients sign in after the baseline's warm-up and five quiet seconds
    private final Duration signInStart = warmUp.plusSeconds(5);
    // every page client, signed in, waits for this instant: its warm-up starts for all at once
    private final long readAtMillis = startMillis + signInStart.plus(signIn).toMillis();
    // the first round starts when the page's warm-up ends
    private final long roundsAtMillis = readAtMillis + warmUp.toMillis();

    /** @return when the measured slice of {@code round} (from 0) starts for the baseline or the page */
    private long sliceStart(int round, boolean page) {
        long roundLength = slice.plus(gap).multipliedBy(2).toMillis();
        return roundsAtMillis + round * roundLength + (page ? slice.plus(gap).toMillis() : 0);
    }

    private static Duration until(long millis) {
        return Duration.ofMillis(Math.max(0, millis - System.currentTimeMillis()));
    }

    private ScenarioBuilder loop(String name, String url, boolean page) {
        List<String> reporters = user.isBlank() ? Reporters.read().usernames() : List.of(user);
        var users = IntStream.iterate(0, i -> i + 1)
                .mapToObj(i -> Map.<String, Object>of(
                        "username", reporters.get(i % reporters.size()), "password", Sign.password()))
                .iterator();
        ChainBuilder start = exec(session -> session.set("n", 0));
        if (page) {
            start = start.exec(Sign.in()).pause(session -> until(readAtMillis));
        }
        return scenario(name)
                .feed(users)
                .exec(start)
                .exec(asLongAsDuring(session -> true, warmUp)
                        .on(exec(http(name + " warm-up").get(url).check(status().is(200)))))
                .repeat(rounds, "round")
                .on(pause(session -> until(sliceStart(session.getInt("round"), page)))
                        .exec(session -> session.set(
                                "until", sliceStart(session.getInt("round"), page) + slice.toMillis()))
                        .asLongAs(session -> session.getInt("n") < max
                                && System.currentTimeMillis() < session.getLong("until"))
                        .on(exec(http(name).get(url).check(status().is(200)))
                                .exec(session -> session.set("n", session.getInt("n") + 1))));
    }

    {
        Duration planned = Duration.ofMillis(sliceStart(rounds, false) - startMillis);
        setUp(
                        loop("baseline", "/css/greenplan.css", false).injectOpen(atOnceUsers(clients)),
                        loop("page", path, true)
                                .injectOpen(
                                        nothingFor(signInStart),
                                        signIn.isZero()
                                                ? atOnceUsers(clients)
                                                : rampUsers(clients).during(signIn)))
                .protocols(Sign.protocol())
                .maxDuration(planned.plusSeconds(60));
    }
}
