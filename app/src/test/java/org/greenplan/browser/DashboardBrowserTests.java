package org.greenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greenplan.SupervisionScenario;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.greenplan.targets.TargetTracking;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The leaders' dashboard in a real browser on the shared three-month scenario: a leader signs in, opens
 * June, clicks the red slice of the status chart (a real mouse click on the ECharts canvas) and lands on
 * the list of the red tasks, as many rows as the chart counts. Skipped, saying so, where chromium and
 * chromedriver are not installed.
 */
class DashboardBrowserTests extends BrowserTest {
    private static final String LEADER_USER = "leader-browser";
    private static final String LEADER_PASSWORD = "browser-test-password-2";

    /** The red slice's centre in the chart's pixels: the middle of its angle and of its ring. */
    private static final String RED_SLICE = """
            var chart = echarts.getInstanceByDom(document.getElementById('chart-status'));
            var data = chart.getModel().getSeriesByIndex(0).getData();
            for (var i = 0; i < data.count(); i++) {
              if (data.getRawDataItem(i).key === 'RED') {
                var l = data.getItemLayout(i);
                var angle = (l.startAngle + l.endAngle) / 2, r = (l.r + l.r0) / 2;
                return [l.cx + r * Math.cos(angle), l.cy + r * Math.sin(angle), data.getRawDataItem(i).value];
              }
            }
            return null;""";

    @Autowired
    PlanImporter importer;

    @Autowired
    ProgressReports reports;

    @Autowired
    TargetTracking tracking;

    @Autowired
    Supervision supervision;

    @Test
    void theRedSliceOpensTheListOfTheRedTasks() {
        SupervisionScenario scenario = SupervisionScenario.build(importer, jdbc, reports);
        long planId = scenario.straw().planId();
        long june = scenario.periodIds().get(2);
        // the office enters 50 % for June (far below the pace): at least the straw task is red
        tracking.recordValue(
                planId,
                scenario.straw().taskId(),
                scenario.straw().targetId(),
                LocalDate.of(2022, 6, 1),
                BigDecimal.valueOf(50),
                false,
                null);
        int red = supervision.ofPlan(planId, SupervisionScenario.june30()).count(TaskStatus.RED);
        assertThat(red).isPositive();

        signInAsLeader();
        click(By.id("nav-dashboard"));
        waitFor(d -> d.getCurrentUrl().contains("/leader/dashboard"));
        open("/leader/dashboard?plan=" + planId + "&period=" + june);
        waitFor(d -> "true".equals(d.findElement(By.id("chart-status")).getAttribute("data-ready")));
        assertThat(browser.findElement(By.cssSelector("#count-RED .gp-count")).getText())
                .isEqualTo(String.valueOf(red));

        WebElement chart = browser.findElement(By.id("chart-status"));
        @SuppressWarnings("unchecked")
        List<Number> slice = (List<Number>) ((JavascriptExecutor) browser).executeScript(RED_SLICE);
        assertThat(slice).as("the status chart has a red slice").isNotNull();
        assertThat(slice.get(2).intValue()).isEqualTo(red);
        int x = (int) Math.round(slice.get(0).doubleValue() - chart.getSize().getWidth() / 2.0);
        int y = (int) Math.round(slice.get(1).doubleValue() - chart.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(chart, x, y).click().perform();

        waitFor(d -> d.getCurrentUrl().contains("/leader/dashboard/tasks"));
        assertThat(browser.getCurrentUrl()).contains("status=RED").contains("period=" + june);
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.gp-task-row"));
        assertThat(rows).hasSize(red);
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.getAttribute("data-status")).isEqualTo("RED"));
        assertThat(browser.findElement(By.cssSelector(
                                "tr[data-task='" + scenario.straw().taskId() + "']"))
                        .getText())
                .contains("秸秆综合利用率");
    }

    private void signInAsLeader() {
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, must_change_password)
                        values (?, '领导（浏览器测试）', ?, false)
                        on conflict (username) do update set password_hash = excluded.password_hash
                        returning id""")
                .params(LEADER_USER, passwords.encode(LEADER_PASSWORD))
                .query(Long.class)
                .single();
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'LEADER') on conflict do nothing")
                .param(id)
                .update();
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(LEADER_USER);
        browser.findElement(By.id("password")).sendKeys(LEADER_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        waitFor(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
    }

    private void click(By by) {
        waitFor(d -> !d.findElements(by).isEmpty());
        browser.findElement(by).click();
    }
}
