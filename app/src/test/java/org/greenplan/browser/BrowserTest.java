package org.greenplan.browser;

import java.util.function.Function;
import org.greenplan.DatabaseCleaner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A browser test: the application on a random port with its own embedded database, one headless
 * {@link Chromium} per test class, and an empty database before each test. Skipped, saying so, where
 * chromium and chromium-driver are not installed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "greenplan.database.embedded.data-dir=${java.io.tmpdir}/greenplan-test/${random.uuid}")
abstract class BrowserTest {
    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    /** Waits up to 20 s for the condition (see {@link Chromium#waitFor}). */
    static void waitFor(Function<WebDriver, Boolean> condition) {
        Chromium.waitFor(browser, condition);
    }
}
