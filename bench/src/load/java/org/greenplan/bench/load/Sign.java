package org.greenplan.bench.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/** What every scenario shares: the loopback base address and signing in through the login form. */
final class Sign {
    private Sign() {}

    /**
     * @return the HTTP protocol for {@code -Dbase=http://127.0.0.1:PORT}; anything but a loopback
     *         address is refused, so the load never leaves the machine. Each client accepts gzip as browsers do
     *         ({@code Accept-Encoding: gzip, deflate}) and keeps no cache, so every request reaches the server
     */
    static HttpProtocolBuilder protocol() {
        String base = System.getProperty("base", "http://127.0.0.1:8080");
        if (!base.matches("http://(127\\.0\\.0\\.1|localhost|\\[::1\\]):\\d+/?")) {
            throw new IllegalArgumentException("load only against loopback, not " + base);
        }
        return http.baseUrl(base)
                .acceptHeader("text/html,*/*")
                .acceptEncodingHeader("gzip, deflate")
                .disableCaching();
    }

    /** Reads the login form's CSRF token and signs in as {@code #{username}} with {@code #{password}}. */
    static ChainBuilder in() {
        return exec(http("login form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("login")
                        .post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", "#{password}")
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200), currentLocation().not("error").saveAs("landing")))
                .exitHereIfFailed();
    }

    static String password() {
        String password = System.getProperty("password");
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("-Dpassword= (printed by ./greenplan demo-data) is required");
        }
        return password;
    }

    static int intProperty(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
    }
}
