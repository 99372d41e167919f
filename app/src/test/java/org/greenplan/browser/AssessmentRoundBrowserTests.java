package org.greenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.assessment.AssessmentEntry;
import org.greenplan.assessment.AssessmentReview;
import org.greenplan.assessment.AssessmentRounds;
import org.greenplan.assessment.RoundView;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReport;
import org.greenplan.progress.ProgressReports;
import org.greenplan.progress.ReportInput;
import org.greenplan.progress.ReportKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A whole assessment round (考核) in a real browser on the shared scenario: the office opens a round up to June; a
 * co-unit's leader self-assesses; the unit's late June report is then submitted and approved, and the leader sees
 * its computed score moved (old → new) and revises its self-assessment; the office adjusts the unit's score with a
 * reason and publishes; the round's page and its Excel download show the numbers the service holds. Skipped,
 * saying so, where chromium and chromedriver are not installed.
 */
class AssessmentRoundBrowserTests extends BrowserTest {
    private static final String LEADER_PASSWORD = "browser-test-password-5";
    private static final Actor OFFICE = SupervisionScenario.office();

    @Autowired
    PlanImporter importer;

    @Autowired
    ProgressReports reports;

    @Autowired
    AssessmentRounds rounds;

    @Autowired
    AssessmentReview review;

    @AfterEach
    void signOutOfTheService() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theOfficeOpensTheUnitSelfAssessesAndRevisesTheOfficeAdjustsAndPublishesWithTheServicesNumbers()
            throws Exception {
        SupervisionScenario scenario = SupervisionScenario.build(importer, jdbc, reports);
        long planId = scenario.straw().planId();
        long june = scenario.periodIds().get(2);
        Map<String, Object> co = jdbc.sql("""
                        select a.task_id, a.unit_id from assignment a join task t on t.id = a.task_id
                        where t.plan_id = ? and a.position > (select min(position) from assignment where task_id = t.id)
                        order by t.position, a.position limit 1""").param(planId).query().singleRow();
        long unit = ((Number) co.get("unit_id")).longValue();
        long task = ((Number) co.get("task_id")).longValue();

        open("/office/plans/" + planId + "/assessment");
        browser.findElement(By.id("label")).sendKeys("2022年上半年考核");
        new Select(browser.findElement(By.id("round-period"))).selectByVisibleText("2022年6月");
        press(browser.findElement(By.cssSelector("#open-round button[type=submit]")));
        waitFor(d -> d.getCurrentUrl().matches(".*/office/assessments/\\d+$"));
        long roundId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));
        assertThatTheRoundPageShows(rounds.round(OFFICE, roundId));

        signInAsUnitLeader(unit);
        open("/my/assessments");
        browser.findElement(By.linkText("2022年上半年考核")).click();
        waitFor(d -> !d.findElements(By.id("self-form")).isEmpty());
        assertThat(text(".gp-breakdown .gp-computed")).isEqualTo("0.00");
        fillSelfAssessment("20", "0", "0", "本单位为配合单位，6月报告尚未报送。");
        waitFor(d -> text("#entry-state").equals("已自评待审"));
        assertThat(browser.findElements(By.id("self-form"))).isEmpty();

        approve(submitJuneLate(unit, task, june));
        browser.navigate().refresh();
        assertThat(text("#score-changed-line")).startsWith("提交自评后，计算得分已由 0.00 变为 47.50（");
        assertThat(text("#score-changed tr[data-item=computed] .gp-before")).isEqualTo("0.00");
        assertThat(text("#score-changed tr[data-item=computed] .gp-after")).isEqualTo("47.50");
        assertThat(text("#score-changed tr[data-item=completeness] .gp-after")).isEqualTo("100.00");
        fillSelfAssessment("60", "0", "100", "已补报6月进展并通过审核，任务转为黄灯。");
        waitFor(d -> d.findElements(By.id("score-changed")).isEmpty());
        assertThat(text("#self-attainment")).isEqualTo("60.00");
        assertThat(text("#self-total"))
                .isEqualTo(review.of(OFFICE, roundId, unit).selfTotal().toPlainString());

        signInAsOffice();
        open("/office/assessments/" + roundId + "/units/" + unit);
        assertThat(text("#self-explanation")).isEqualTo("已补报6月进展并通过审核，任务转为黄灯。");
        WebElement score = browser.findElement(By.id("score"));
        score.clear();
        score.sendKeys("50.5");
        browser.findElement(By.id("adjust-reason")).sendKeys("补报及时，酌情加分");
        press(browser.findElement(By.cssSelector("#adjust button[type=submit]")));
        waitFor(d -> text("#entry-total").equals("50.50"));
        assertThat(text("#adjustment-reason")).isEqualTo("补报及时，酌情加分");

        for (AssessmentEntry e : rounds.round(OFFICE, roundId).entries()) {
            if (e.unitId() != unit) {
                review.accept(OFFICE, roundId, e.unitId(), e.version());
            }
        }
        open("/office/assessments/" + roundId);
        press(browser.findElement(By.cssSelector("#publish button[type=submit]")));
        waitFor(d -> text("#round-state").equals("已发布"));

        RoundView published = rounds.round(OFFICE, roundId);
        assertThat(published.entries().stream()
                        .filter(e -> e.unitId() == unit)
                        .findFirst()
                        .orElseThrow()
                        .total())
                .isEqualByComparingTo("50.50");
        assertThatTheRoundPageShows(published);
        assertThatTheDownloadHolds(published);
    }

    /** Every row of the round's table: rank, unit, computed score, bonus and total as the service gives them. */
    private void assertThatTheRoundPageShows(RoundView view) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#entries tbody tr"));
        assertThat(rows).hasSameSizeAs(view.entries());
        for (int i = 0; i < rows.size(); i++) {
            AssessmentEntry e = view.entries().get(i);
            List<String> cells = rows.get(i).findElements(By.cssSelector("td, th")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(rows.get(i).getAttribute("data-unit")).isEqualTo(String.valueOf(e.unitId()));
            assertThat(List.of(cells.get(0), cells.get(1), cells.get(3), cells.get(4), cells.get(6)))
                    .as(e.score().unitName())
                    .containsExactly(
                            String.valueOf(view.rankOf(e)),
                            e.score().unitName(),
                            e.score().computed().toPlainString(),
                            e.bonus().toPlainString(),
                            e.total().toPlainString());
        }
    }

    /** The .xlsx the page links to, fetched with the browser's session: each unit's total as the service's. */
    private void assertThatTheDownloadHolds(RoundView view) throws Exception {
        String href = browser.findElement(By.id("download")).getAttribute("href");
        String cookies = browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", cookies)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + view.entries().size());
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                AssessmentEntry e = view.entries().get(r - 4);
                assertThat(row.getCell(1).getStringCellValue())
                        .isEqualTo(e.score().unitName());
                assertThat(row.getCell(26).getNumericCellValue())
                        .as(e.score().unitName())
                        .isEqualTo(e.total().doubleValue());
            }
        }
    }

    private void fillSelfAssessment(String attainment, String timeliness, String completeness, String explanation) {
        type("attainment", attainment);
        type("timeliness", timeliness);
        type("completeness", completeness);
        type("explanation", explanation);
        press(browser.findElement(By.cssSelector("#self-form button[type=submit]")));
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private long submitJuneLate(long unit, long task, long june) {
        Actor reporter = serviceSignIn(SupervisionScenario.reporter(unit));
        ReportInput input = new ReportInput("6月：补报本月进展。", "配合环节进度偏慢。", "下月继续推进。", "60", Map.of(), Set.of());
        return reports.submit(reporter, new ReportKey(task, unit, june), input, 0)
                .id();
    }

    private void approve(long reportId) {
        ProgressReport fresh = reports.show(serviceSignIn(OFFICE), reportId).report();
        reports.approve(OFFICE, reportId, fresh.rowVersion());
    }

    private static Actor serviceSignIn(Actor actor) {
        GreenPlanUser user = GreenPlanUser.of(actor);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return actor;
    }

    /** Presses a button by script: Bootstrap's smooth scrolling can move a button from under a real click. */
    private static void press(WebElement button) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", button);
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    private void signInAsUnitLeader(long unitId) {
        jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, must_change_password, unit_id)
                        values ('unit-leader-browser', '单位负责人（浏览器测试）', ?, false, ?)""").params(passwords.encode(LEADER_PASSWORD), unitId).update();
        jdbc.sql("""
                        insert into app_user_role (user_id, role)
                        select id, 'UNIT_LEADER' from app_user where username = 'unit-leader-browser'""").update();
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys("unit-leader-browser");
        browser.findElement(By.id("password")).sendKeys(LEADER_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        waitFor(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
    }
}
