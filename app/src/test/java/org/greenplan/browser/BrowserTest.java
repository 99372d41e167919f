package org.greenplan.browser;

import java.util.function.Function;
import org.greenplan.DatabaseCleaner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A browser test: the application on a random port with its own embedded database, one headless
 * {@link Chromium} per test class, an empty database before each test, and an office admin signed in
 * through the login form; a failed test reports the page the browser was on ({@link FailedPageReport}).
 * Skipped, saying so, where chromium and chromium-driver are not installed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "greenplan.database.embedded.data-dir=${java.io.tmpdir}/greenplan-test/${random.uuid}")
abstract class BrowserTest {
    static final String OFFICE_USER = "office-browser";
    static final String OFFICE_PASSWORD = "browser-test-password-1";
    static WebDriver browser;

    @RegisterExtension
    static final FailedPageReport failedPage = new FailedPageReport(() -> browser);

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

    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    /** An office admin in the database, signed in through the login form as a user would. */
    @BeforeEach
    void signInAsOffice() {
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, must_change_password)
                        values (?, 'Office (browser tests)', ?, false)
                        on conflict (username) do update set password_hash = excluded.password_hash
                        returning id""")
                .params(OFFICE_USER, passwords.encode(OFFICE_PASSWORD))
                .query(Long.class)
                .single();
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'OFFICE_ADMIN') on conflict do nothing")
                .param(id)
                .update();
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(OFFICE_USER);
        browser.findElement(By.id("password")).sendKeys(OFFICE_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        waitFor(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
    }

    /**
     * Opens a page of the application and waits until the browser shows it: the document it was on is gone and the
     * new one (the page asked for, or where it redirected) has loaded. chromedriver's {@code get} returned at times
     * before the new page had loaded: in one run of the browser tests on a busy machine, seven times while the page
     * was still {@code interactive}, and once a test counted 28 of a plan's 34 rows, all 34 there a moment later.
     *
     * @param pathAndQuery the page's path and query, e.g. {@code /plans/1?lang=en}
     * @throws org.openqa.selenium.TimeoutException when the page has not loaded within 20 s
     */
    void open(String pathAndQuery) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.greenplanTestLeft = true;");
        browser.get("http://localhost:" + port + pathAndQuery);
        // waitFor asks, after this condition, whether the document has loaded
        waitFor(d -> Boolean.FALSE.equals(script.executeScript("return !!window.greenplanTestLeft;")));
    }

    /** Waits up to 20 s for the condition (see {@link Chromium#waitFor}). */
    static void waitFor(Function<WebDriver, Boolean> condition) {
        Chromium.waitFor(browser, condition);
    }
}
