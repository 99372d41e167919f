package org.greenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A new user's first minute in a real browser (Debian's chromium): import the sample, review, publish,
 * filter by a unit. Skipped, saying so, where chromium and chromedriver are not installed; CI
 * installs them (.ci/run).
 */
class ImportBrowserTests extends BrowserTest {
    @Test
    void importsTheSampleReviewsPublishesAndFiltersByUnit() {
        open("/");
        browser.findElement(By.id("import-sample")).click();

        waitFor(d -> d.getCurrentUrl().endsWith("/review"));
        assertThat(browser.findElements(By.cssSelector("#outline tr.task-row"))).hasSize(34);
        assertThat(browser.findElement(By.id("source")).getText()).contains("宿州市实施绿色发展行动2022年工作要点");

        browser.findElement(By.id("publish")).click();
        waitFor(d -> d.findElements(By.id("download-ledger")).size() == 1);

        new Select(browser.findElement(By.id("unit"))).selectByVisibleText("市农业农村局 (6)");
        waitFor(d -> taskNumbers(d).size() == 6);
        assertThat(taskNumbers(browser)).containsExactly("6", "8", "10", "11", "12", "32");
    }

    @Test
    void uploadsADocumentWithAProgressBarAndOpensItsReview() throws Exception {
        Path file = Files.createTempDirectory("greenplan-upload").resolve("suzhou.txt");
        Files.write(file, org.greenplan.TestDocuments.bytes(org.greenplan.TestDocuments.SUZHOU));
        open("/");

        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.id("upload")).click();

        waitFor(d -> d.getCurrentUrl().endsWith("/review") && taskRows(d) == 34);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("宿州市实施绿色发展行动2022年工作要点");
    }

    @Test
    void showsWhyAnUploadIsRefused() throws Exception {
        Path file = Files.createTempDirectory("greenplan-upload").resolve("empty.txt");
        Files.write(file, new byte[0]);
        open("/");

        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.id("upload")).click();

        waitFor(d ->
                !d.findElements(By.cssSelector("#upload-status .import-error")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#upload-status .import-error"))
                        .getText())
                .contains("empty.txt")
                .contains("文件为空");
    }

    private static int taskRows(WebDriver driver) {
        try {
            return driver.findElements(By.cssSelector("#outline tr.task-row")).size();
        } catch (StaleElementReferenceException swapped) {
            return -1;
        }
    }

    private static List<String> taskNumbers(WebDriver driver) {
        try {
            return driver.findElements(By.cssSelector("#outline tr.task-row")).stream()
                    .map(row -> row.getAttribute("data-task-number"))
                    .toList();
        } catch (StaleElementReferenceException swapped) {
            return List.of();
        }
    }
}
