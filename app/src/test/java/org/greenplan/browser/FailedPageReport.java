package org.greenplan.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * What the browser showed when a browser test failed: its address, title and the start of the page's text on
 * stderr (so a CI log says which page the test was on, e.g. the login instead of the page asked for), and the
 * page's HTML in {@code target/browser-failures/<class>.<test>.html}.
 */
final class FailedPageReport implements TestWatcher {
    private static final int SHOWN_TEXT = 1500;
    private final Supplier<WebDriver> browser;

    /** @param browser the test class's browser, or null when it was not started */
    FailedPageReport(Supplier<WebDriver> browser) {
        this.browser = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        WebDriver shown = browser.get();
        if (shown == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName();
        try {
            String text = shown.findElement(By.tagName("body")).getText();
            System.err.printf(
                    "%s failed on %s (title \"%s\"); the page read:%n%s%n",
                    name,
                    shown.getCurrentUrl(),
                    shown.getTitle(),
                    text.length() > SHOWN_TEXT ? text.substring(0, SHOWN_TEXT) + " …" : text);
            Path folder = Path.of("target", "browser-failures");
            Files.createDirectories(folder);
            Files.writeString(
                    folder.resolve(name.replaceAll("[^A-Za-z0-9.]", "_") + ".html"),
                    shown.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (WebDriverException | IOException e) {
            System.err.printf("%s failed; the browser's page could not be read: %s%n", name, e);
        }
    }
}
