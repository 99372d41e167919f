package org.greenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reporting cycle on the 宿州 plan in a real browser, through the pages a user would use: the office
 * creates a 市农业农村局 reporter and opens June 2022 (due on the 25th, a Saturday, moved to Monday 27
 * June); the reporter signs, fills and submits tasks 6, 8, 10, 11, 12 and 32; the office returns task 11,
 * the reporter fixes it, the office approves all six; the target panel and the audit trail show the
 * result; another unit's reporter is refused; the closed period locks the form. Skipped, saying so, where
 * chromium and chromedriver are not installed.
 */
class ReportingCycleBrowserTests extends BrowserTest {
    private static final List<String> AGRICULTURE_TASKS = List.of("6", "8", "10", "11", "12", "32");
    private static final String RETURN_REASON = "请补充秸秆离田利用的具体数量";
    private static final String CLOSE_REASON = "6月调度已汇总上报";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Autowired
    Clock clock;

    @Test
    void walksTheJuneReportingCycleOnTheSuzhouPlan() {
        // Step 1: the office imports and publishes the 宿州 work points.
        open("/");
        click(By.id("import-sample"));
        waitFor(d -> d.getCurrentUrl().endsWith("/review"));
        click(By.id("publish"));
        waitFor(d -> d.findElements(By.id("download-ledger")).size() == 1);
        long planId = jdbc.sql("select id from plan").query(Long.class).single();
        Map<String, Long> tasks = taskIds(planId);

        // Step 2: the office creates the two unit reporters; each one-time password is read from the page.
        String reporterPassword = createReporter("nongye-tianbao", "王填报", "市农业农村局");
        String otherPassword = createReporter("shengtai-tianbao", "李填报", "市生态环境局");

        // Step 3: monthly, due on the 25th, co-units two working days earlier; June 2022 opened.
        open("/office/plans/" + planId + "/periods");
        new Select(browser.findElement(By.id("periodicity"))).selectByValue("MONTHLY");
        replace(By.id("dueDay"), "25");
        replace(By.id("coUnitLeadDays"), "2");
        new Select(browser.findElement(By.id("shift"))).selectByValue("NEXT");
        click(By.cssSelector("#settings-form button[type=submit]"));
        waitFor(d -> !d.findElements(By.id("generate")).isEmpty());
        click(By.id("generate"));
        waitFor(d -> !d.findElements(By.id("period-2022-06")).isEmpty());
        assertThat(text("#period-2022-06 .due"))
                .as("step 3: June's lead due date, the 25th (a Saturday) moved to the next working day")
                .startsWith("2022-06-27");
        assertThat(text("#period-2022-06 .co-due"))
                .as("step 3: co-units' due date, two working days before 27 June")
                .startsWith("2022-06-23");
        click(By.cssSelector("#period-2022-06 form[action$='/open'] button"));
        waitFor(d -> !d.findElements(By.cssSelector("#period-2022-06 form[action$='/close']"))
                .isEmpty());
        long periodId = jdbc.sql("select id from reporting_period where plan_id = ? and label = '2022-06'")
                .param(planId)
                .query(Long.class)
                .single();
        assertThat(text("#period-2022-06 form[action$='/close'] button"))
                .as("step 3: the opened period offers closing")
                .isNotEmpty();

        // Step 4: the reporter signs in with the one-time password and must change it.
        signInFirstTime("nongye-tianbao", reporterPassword, "Nz7#qLm2-Tb4x-nongye");

        // Step 5: 签收 of the unit's six tasks.
        open("/my/plans/" + planId + "/acknowledge");
        assertThat(columnTexts("#ack-tasks tbody tr", 0))
                .as("step 5: the tasks the unit acknowledges")
                .containsExactlyElementsOf(AGRICULTURE_TASKS);
        click(By.id("acknowledge"));
        waitFor(d -> !d.findElements(By.id("acknowledged")).isEmpty());
        assertThat(text("#acknowledged")).as("step 5: who acknowledged").contains("王填报");

        // Step 6: the reporter fills and submits each task; task 10 reports 秸秆综合利用率 = 88.5.
        for (String number : AGRICULTURE_TASKS) {
            openReport(periodId, tasks.get(number));
            fillNarrative("任务" + number + "：6月进展情况", "暂无", "继续推进");
            if (number.equals("10")) {
                replace(targetInput("秸秆综合利用率"), "88.5");
            }
            submit();
            assertThat(state()).as("step 6: task " + number + " submitted").isEqualTo("SUBMITTED");
        }
        Map<String, Long> reports = reportIds(periodId);

        // Step 7: the office returns task 11 with a reason.
        signIn(OFFICE_USER, OFFICE_PASSWORD);
        open("/office/reports/" + reports.get("11"));
        assertThat(text(".gp-review-progress"))
                .as("step 7: the office reads the submission")
                .contains("任务11");
        browser.findElement(By.id("reason")).sendKeys(RETURN_REASON);
        click(By.cssSelector(".gp-return"));
        waitFor(d -> "RETURNED".equals(state()));

        // Step 8: the reporter sees the reason, fixes and resubmits.
        signIn("nongye-tianbao", "Nz7#qLm2-Tb4x-nongye");
        openReport(periodId, tasks.get("11"));
        assertThat(text(".gp-return-reason"))
                .as("step 8: the return reason and who returned it")
                .contains(RETURN_REASON)
                .contains("Office (browser tests)");
        replace(By.id("progress"), "任务11：已补充秸秆离田利用数量 12.3 万吨");
        submit();
        assertThat(state()).as("step 8: task 11 resubmitted").isEqualTo("SUBMITTED");
        assertThat(text(".gp-history-entry"))
                .as("step 8: the history keeps the returned submission")
                .contains(RETURN_REASON);

        // Step 9: the office approves all six.
        signIn(OFFICE_USER, OFFICE_PASSWORD);
        for (String number : AGRICULTURE_TASKS) {
            open("/office/reports/" + reports.get(number));
            click(By.cssSelector(".gp-approve"));
            waitFor(d -> "APPROVED".equals(state()));
        }
        assertThat(text(".gp-review-progress")).as("step 9: the approved text").contains("任务32");

        // Step 10: the target panel of task 10 shows the approved 88.5.
        open("/plans/" + planId + "/tasks/" + tasks.get("10") + "?on=2022-06-30");
        waitFor(d ->
                !d.findElements(By.cssSelector("#target-panel .gp-target-card")).isEmpty());
        assertThat(text(".gp-target-actual")).as("step 10: task 10's 秸秆综合利用率").contains("88.5");

        // Step 11: the audit trail of task 11 shows every step with who and when.
        open("/office/audit");
        replace(By.id("task"), String.valueOf(tasks.get("11")));
        click(By.cssSelector("#audit-filter button[type=submit]"));
        waitFor(d -> d.getCurrentUrl().contains("task=" + tasks.get("11")));
        List<String> trail = browser.findElements(By.cssSelector(".gp-audit-row")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(trail)
                .as("step 11: approval by the office")
                .anyMatch(row -> row.contains("审核通过") && row.contains("Office (browser tests)"));
        assertThat(trail)
                .as("step 11: the return with its reason")
                .anyMatch(row ->
                        row.contains("退回") && row.contains(RETURN_REASON) && row.contains("Office (browser tests)"));
        assertThat(trail.stream().filter(row -> row.contains("报送报告") && row.contains("王填报")))
                .as("step 11: two submissions by the reporter")
                .hasSize(2);
        assertThat(trail)
                .as("step 11: every row says when")
                .allMatch(row -> row.matches("(?s)^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*"));

        // Step 12: another unit's reporter is refused those reports.
        signInFirstTime("shengtai-tianbao", otherPassword, "Sg5@wKp8-Rd3v-shengtai");
        open("/my/reports/periods/" + periodId + "/tasks/" + tasks.get("10"));
        assertThat(text(".error-message"))
                .as("step 12: another unit's report form")
                .contains("没有权限");
        open("/office/reports/" + reports.get("10"));
        assertThat(text(".error-message")).as("step 12: the office review page").contains("没有权限");
        String otherToken = issueToken("生态环境局系统");
        assertThat(api("GET", "/api/reports/" + reports.get("10"), otherToken, null)
                        .statusCode())
                .as("step 12: another unit's report through the API")
                .isEqualTo(403);
        assertThat(api(
                                "PUT",
                                "/api/periods/" + periodId + "/tasks/" + tasks.get("10") + "/report",
                                otherToken,
                                "{\"progress\":\"越权填报\",\"version\":0}")
                        .statusCode())
                .as("step 12: writing another unit's task through the API")
                .isEqualTo(403);

        // Step 13: the office closes June; the reporter's form shows the lock and a save is refused.
        signIn(OFFICE_USER, OFFICE_PASSWORD);
        open("/office/plans/" + planId + "/periods");
        browser.findElement(By.cssSelector("#period-2022-06 form[action$='/close'] input[name=reason]"))
                .sendKeys(CLOSE_REASON);
        click(By.cssSelector("#period-2022-06 form[action$='/close'] button"));
        waitFor(d -> text("#period-2022-06 .state").contains(CLOSE_REASON));

        String closedAt = jdbc.sql("select closed_at from reporting_period where id = ?")
                .param(periodId)
                .query((rs, i) -> MINUTE.format(rs.getTimestamp(1).toInstant().atZone(clock.getZone())))
                .single();
        assertThat(text("#period-2022-06 .state"))
                .as("step 13: the periods page says when, in the office's time zone")
                .contains(closedAt);

        signIn("nongye-tianbao", "Nz7#qLm2-Tb4x-nongye");
        openReport(periodId, tasks.get("12"));
        assertThat(text(".gp-report .alert-warning"))
                .as("step 13: the lock says who, when and why")
                .contains("Office (browser tests)")
                .contains(CLOSE_REASON)
                .contains(closedAt);
        ((JavascriptExecutor) browser)
                .executeScript("document.querySelector('#report-sheet fieldset').disabled = false;");
        replace(By.id("progress"), "关闭后试图修改");
        click(By.cssSelector(".gp-save"));
        waitFor(d ->
                !d.findElements(By.cssSelector(".gp-error, .error-message")).isEmpty());
        assertThat(text(".gp-error") + text(".error-message"))
                .as("step 13: the save after the lock is refused with who, when and why")
                .contains(CLOSE_REASON)
                .contains("Office (browser tests)")
                .contains(closedAt);
        String reporterToken = issueToken("农业农村局系统");
        HttpResponse<String> report = api("GET", "/api/reports/" + reports.get("12"), reporterToken, null);
        assertThat(report.statusCode())
                .as("step 13: the reporter reads its own report through the API")
                .isEqualTo(200);
        int version = Integer.parseInt(report.body().replaceAll("(?s)^.*?\"version\":(\\d+).*", "$1"));
        HttpResponse<String> refused = api(
                "POST",
                "/api/periods/" + periodId + "/tasks/" + tasks.get("12") + "/report/submission",
                reporterToken,
                "{\"progress\":\"关闭后通过接口提交\",\"version\":" + version + "}");
        assertThat(refused.statusCode())
                .as("step 13: a submission through the API after the lock")
                .isEqualTo(409);
        assertThat(refused.body())
                .as("step 13: the API refusal names the lock, its reason, who and when (office time)")
                .contains("period-locked")
                .contains(CLOSE_REASON)
                .contains("Office (browser tests)")
                .contains(closedAt);
        assertThat(jdbc.sql("select count(*) from progress_report where id = ? and progress like '%关闭后%'")
                        .param(reports.get("12"))
                        .query(Long.class)
                        .single())
                .as("step 13: nothing saved")
                .isZero();
    }

    private String createReporter(String username, String name, String unit) {
        open("/admin/users/new");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys(name);
        click(By.cssSelector("input[name=roles][value=UNIT_REPORTER]"));
        new Select(browser.findElement(By.id("unitId"))).selectByVisibleText(unit);
        click(By.cssSelector("form.gp-form button[type=submit]"));
        waitFor(d -> !d.findElements(By.id("one-time-password")).isEmpty());
        String password = text("#one-time-password");
        assertThat(password).as("step 2: %s's one-time password", username).hasSizeGreaterThanOrEqualTo(10);
        return password;
    }

    /** Issues an API token on the signed-in user's token page and reads it from the page. */
    private String issueToken(String name) {
        open("/tokens");
        browser.findElement(By.id("token-name")).sendKeys(name);
        click(By.id("create-token"));
        waitFor(d -> !d.findElements(By.id("issued-token-value")).isEmpty());
        String token = text("#issued-token-value");
        assertThat(token).as("a bearer token").startsWith("gp_");
        return token;
    }

    private HttpResponse<String> api(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json")
                .timeout(Duration.ofSeconds(30));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    private void signInFirstTime(String username, String oneTimePassword, String newPassword) {
        signIn(username, oneTimePassword);
        waitFor(d -> d.getCurrentUrl().endsWith("/password"));
        assertThat(browser.findElements(By.id("must-change")))
                .as("%s must change the one-time password", username)
                .hasSize(1);
        browser.findElement(By.id("current")).sendKeys(oneTimePassword);
        browser.findElement(By.id("next")).sendKeys(newPassword);
        browser.findElement(By.id("repeated")).sendKeys(newPassword);
        click(By.id("change-password"));
        waitFor(d -> d.findElements(By.id("must-change")).isEmpty());
    }

    private void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        click(By.id("sign-in"));
        waitFor(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
    }

    private void openReport(long periodId, long taskId) {
        open("/my/reports/periods/" + periodId + "/tasks/" + taskId);
        waitFor(d -> !d.findElements(By.id("report-sheet")).isEmpty());
    }

    private void fillNarrative(String progress, String problems, String nextSteps) {
        replace(By.id("progress"), progress);
        replace(By.id("problems"), problems);
        replace(By.id("nextSteps"), nextSteps);
    }

    private static By targetInput(String label) {
        return By.xpath(
                "//label[contains(., '" + label + "')]/following-sibling::input[contains(@class, 'gp-target-value')]");
    }

    private void submit() {
        String before = text(".gp-notice");
        click(By.cssSelector(".gp-submit"));
        waitFor(d -> !text(".gp-notice").equals(before) || !text(".gp-error").isEmpty());
        assertThat(text(".gp-error")).as("no refusal on submit").isEmpty();
    }

    private Map<String, Long> taskIds(long planId) {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.sql("select number, id from task where plan_id = ?")
                .param(planId)
                .query((rs, i) -> ids.put(rs.getString(1), rs.getLong(2)))
                .list();
        return ids;
    }

    private Map<String, Long> reportIds(long periodId) {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.sql("select t.number, r.id from progress_report r join task t on t.id = r.task_id where r.period_id = ?")
                .param(periodId)
                .query((rs, i) -> ids.put(rs.getString(1), rs.getLong(2)))
                .list();
        assertThat(ids.keySet())
                .as("one report per filled task")
                .containsExactlyInAnyOrderElementsOf(AGRICULTURE_TASKS);
        return ids;
    }

    private String state() {
        try {
            return browser.findElements(By.cssSelector(".gp-report-state")).stream()
                    .map(e -> e.getAttribute("data-state"))
                    .findFirst()
                    .orElse("");
        } catch (StaleElementReferenceException swapped) {
            return "";
        }
    }

    private static void replace(By by, String value) {
        WebElement element = browser.findElement(by);
        element.clear();
        element.sendKeys(value);
    }

    /** Clicks as the page's script sees a click (the fixed footer may cover the element). */
    private static void click(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
    }

    private static String text(String css) {
        return text(browser, css);
    }

    private static String text(WebDriver driver, String css) {
        try {
            return driver.findElements(By.cssSelector(css)).stream()
                    .map(WebElement::getText)
                    .reduce("", String::concat);
        } catch (StaleElementReferenceException swapped) {
            return "";
        }
    }

    private static List<String> columnTexts(String rowCss, int column) {
        return browser.findElements(By.cssSelector(rowCss)).stream()
                .map(row -> row.findElements(By.tagName("td")).get(column).getText())
                .toList();
    }
}
