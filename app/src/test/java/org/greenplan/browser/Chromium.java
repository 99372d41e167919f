package org.greenplan.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, for the browser tests: nothing is downloaded ({@code SE_OFFLINE}), the
 * driver is {@code /usr/bin/chromedriver}, and each start gets a fresh profile. A test class that starts
 * it is skipped, saying so, where chromium and chromium-driver are not installed ({@code .ci/run}
 * installs them).
 */
final class Chromium {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Chromium() {}

    /**
     * @return a new headless browser, 1400 × 1000 pixels
     * @throws IOException when the profile folder cannot be created
     */
    static WebDriver start() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "chromium and chromium-driver are not installed: browser tests skipped (.ci/run installs them)");
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The background-networking flags keep chromium from calling out of this closed network.
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("greenplan-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * Waits up to 20 s for a condition to hold on a page that has loaded, ignoring elements an htmx swap replaced
     * meanwhile. The page is asked after the condition: a condition that already holds while a new page is still
     * being read (its address has changed, its first rows are there) is asked again once it has loaded.
     *
     * @throws org.openqa.selenium.TimeoutException when the condition does not hold in time
     */
    static void waitFor(WebDriver browser, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> condition.apply(d) && loaded(d));
    }

    /** @return whether the browser's current document has loaded ({@code document.readyState} is complete) */
    static boolean loaded(WebDriver browser) {
        return "complete".equals(((JavascriptExecutor) browser).executeScript("return document.readyState;"));
    }
}
