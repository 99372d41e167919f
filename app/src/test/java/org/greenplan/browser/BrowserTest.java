package org.greenplan.browser;

import java.util.function.Function;
import org.greenplan.DatabaseCleaner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A browser test: the application on a random port with its own embedded database, one headless
 * {@link Chromium} per test class, an empty database before each test, and an office admin signed in
 * through the login form. Skipped, saying so, where
 * chromium and chromium-driver are not installed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "greenplan.database.embedded.data-dir=${java.io.tmpdir}/greenplan-test/${random.uuid}")
abstract class BrowserTest {
    static final String OFFICE_USER = "office-browser";
    static final String OFFICE_PASSWORD = "browser-test-password-1";
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
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(OFFICE_USER);
        browser.findElement(By.id("password")).sendKeys(OFFICE_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        waitFor(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
    }

    /** Waits up to 20 s for the condition (see {@link Chromium#waitFor}). */
    static void waitFor(Function<WebDriver, Boolean> condition) {
        Chromium.waitFor(browser, condition);
    }
}
