package org.greenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenplan.SupervisionScenario;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.Supervision;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The briefing and close-out pages in a real browser on the shared scenario: the office generates June's
 * briefing and gets its Word and PDF links with the counts supervision gives; a unit reporter requests
 * close-out with an evidence file and the office verifies it, after which the request reads 已核验销号 and
 * the task page's status panel 已完成. Skipped, saying so, where chromium and chromedriver are not installed.
 */
class LeadersPagesBrowserTests extends BrowserTest {
    private static final String REPORTER_PASSWORD = "browser-test-password-3";

    @Autowired
    PlanImporter importer;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Test
    void theOfficeGeneratesJunesBriefingAndGetsItsDownloads() {
        SupervisionScenario scenario = SupervisionScenario.build(importer, jdbc, reports);
        long planId = scenario.straw().planId();
        long june = scenario.periodIds().get(2);

        open("/office/briefings?plan=" + planId);
        WebElement card = browser.findElement(By.cssSelector(".gp-briefing-period[data-period='" + june + "']"));
        WebElement generate = card.findElement(By.cssSelector("form.gp-generate button[type=submit]"));
        // the period's card is below the fold and Bootstrap scrolls smoothly, so a click right after scrolling
        // can land on what is passing under the pointer: press the button by script, as other browser tests do
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", generate);

        waitFor(d -> !d.findElements(By.cssSelector(".gp-briefing-period[data-period='" + june + "'] tr.gp-briefing"))
                .isEmpty());
        WebElement row =
                browser.findElement(By.cssSelector(".gp-briefing-period[data-period='" + june + "'] tr.gp-briefing"));
        assertThat(row.findElement(By.linkText("Word")).getAttribute("href")).endsWith(".docx");
        assertThat(row.findElement(By.linkText("PDF")).getAttribute("href")).endsWith(".pdf");
        assertThat(row.findElements(By.tagName("td")).get(0).getText()).isEqualTo("1");
        assertThat(row.getText()).contains("34");
    }

    @Test
    void aUnitRequestsCloseOutWithEvidenceAndTheOfficeVerifiesIt() throws Exception {
        SupervisionScenario scenario = SupervisionScenario.build(importer, jdbc, reports);
        long planId = scenario.straw().planId();
        SupervisedTask done = supervision.ofPlan(planId, SupervisionScenario.june30()).tasks().stream()
                .filter(t -> t.reason().code().equals("COMPLETED_REPORTED"))
                .findFirst()
                .orElseThrow();
        Path evidence = Files.createTempFile("验收报告", ".pdf");
        Files.write(
                evidence, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        signInAsReporter(done.unitIds().get(0));
        open("/my/tasks/" + done.taskId() + "/closeout");
        browser.findElement(By.id("statement")).sendKeys("项目已全部建成并通过验收。");
        browser.findElement(By.id("files")).sendKeys(evidence.toString());
        browser.findElement(By.cssSelector("#closeout-form button[type=submit]"))
                .click();
        waitFor(d -> !d.findElements(By.cssSelector("tr.closeout-request")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("tr.closeout-request .request-statement"))
                        .getText())
                .isEqualTo("项目已全部建成并通过验收。");
        assertThat(browser.findElement(By.cssSelector("tr.closeout-request .evidence"))
                        .getText())
                .contains(evidence.getFileName().toString())
                .contains("(48 B)");

        signInAsOffice();
        open("/office/closeouts");
        WebElement pending = browser.findElement(By.cssSelector("tr.closeout-request"));
        pending.findElement(By.name("note")).sendKeys("佐证齐全");
        pending.findElement(By.cssSelector("form[action$='/approve'] button")).click();
        waitFor(d ->
                !d.findElements(By.cssSelector("tr.closeout-request .decision")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("tr.closeout-request .decision"))
                        .getText())
                .contains("佐证齐全");

        open("/plans/" + planId + "/tasks/" + done.taskId() + "/status");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("已完成")
                .contains("佐证齐全");
        Files.deleteIfExists(evidence);
    }

    private void signInAsReporter(long unitId) {
        jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, must_change_password, unit_id)
                        values ('reporter-browser', '填报员（浏览器测试）', ?, false, ?)""").params(passwords.encode(REPORTER_PASSWORD), unitId).update();
        jdbc.sql("""
                        insert into app_user_role (user_id, role)
                        select id, 'UNIT_REPORTER' from app_user where username = 'reporter-browser'""").update();
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys("reporter-browser");
        browser.findElement(By.id("password")).sendKeys(REPORTER_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        waitFor(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
    }
}
