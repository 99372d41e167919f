package org.greenplan.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.TestDocuments;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanStore;
import org.greenplan.plan.view.Comparison;
import org.greenplan.plan.view.TaskView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The office corrects a draft in review: units and roles, deadline, targets, merge, split. */
@IntegrationTest
class ReviewIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    PlanStore store;

    @Autowired
    JdbcClient jdbc;

    long planId;

    @BeforeEach
    void importDraft() {
        DatabaseCleaner.clean(jdbc);
        planId = importer.importDraft(TestDocuments.bytes(TestDocuments.SUZHOU), TestDocuments.SUZHOU)
                .planId();
    }

    @Test
    void setsUnitsWithRolesResolvingAliasesDeadlineAndTargets() throws Exception {
        TaskView task2 = task("2");

        String row = mvc.perform(post("/plans/{p}/review/tasks/{t}", planId, task2.id())
                        .param("version", String.valueOf(task2.version()))
                        .header("HX-Request", "true")
                        .param("text", task2.text())
                        .param("deadlinePhrase", "6月底前")
                        .param("deadline", "2022-06-30")
                        .param("units[0].name", "人民银行宿州市中心支行")
                        .param("units[0].role", "LEAD")
                        .param("units[1].name", "市金融办")
                        .param("units[1].role", "CO")
                        .param("units[2].name", "")
                        .param("units[2].role", "CO")
                        .param("targets[0].indicator", "绿色信贷余额增速")
                        .param("targets[0].comparator", "AT_LEAST")
                        .param("targets[0].value", "10")
                        .param("targets[0].unit", "%")
                        .param("targets[0].phrase", "推动绿色信贷总量的持续增长"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        TaskView saved = task("2");
        assertThat(saved.units())
                .extracting(u -> u.name() + ":" + u.role())
                .containsExactly("人民银行宿州市中心支行:LEAD", "市地方金融监管局:CO");
        assertThat(saved.units().get(1).printedName()).isEqualTo("市金融办");
        assertThat(saved.deadline()).hasToString("2022-06-30");
        assertThat(saved.targets()).singleElement().satisfies(t -> {
            assertThat(t.comparator()).isEqualTo(Comparison.AT_LEAST);
            assertThat(t.value()).isEqualByComparingTo(new BigDecimal("10"));
            assertThat(saved.text().substring(t.spanStart(), t.spanEnd())).isEqualTo("推动绿色信贷总量的持续增长");
        });
        assertThat(row).contains("task-row").contains("市地方金融监管局");
    }

    @Test
    void aPlainCorrectionPostWithoutHtmxIsRedirectedToTheReviewPage() throws Exception {
        TaskView task2 = task("2");

        mvc.perform(post("/plans/{p}/review/tasks/{t}", planId, task2.id())
                        .param("version", String.valueOf(task2.version()))
                        .param("text", task2.text())
                        .param("deadlinePhrase", "6月底前")
                        .param("deadline", "2022-06-30")
                        .param("units[0].name", "市地方金融监管局")
                        .param("units[0].role", "LEAD"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/plans/" + planId + "/review#task-" + task2.id()));

        assertThat(task("2").deadline()).hasToString("2022-06-30");
    }

    @Test
    void anInvalidCorrectionIsShownInTheFormAndSavesNothing() throws Exception {
        TaskView task3 = task("3");

        String form = mvc.perform(post("/plans/{p}/review/tasks/{t}", planId, task3.id())
                        .param("version", String.valueOf(task3.version()))
                        .param("text", "改过的内容")
                        .param("units[0].name", "市交通运输局")
                        .param("units[0].role", "RESPONSIBLE")
                        .param("targets[0].indicator", "万人标台数")
                        .param("targets[0].comparator", "AT_LEAST"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(form).contains("form-error").contains("缺少目标值");
        assertThat(task("3").text()).isEqualTo(task3.text());
    }

    @Test
    void saysWhichFieldCouldNotBeRead() throws Exception {
        TaskView task3 = task("3");

        String form = mvc.perform(post("/plans/{p}/review/tasks/{t}", planId, task3.id())
                        .param("version", String.valueOf(task3.version()))
                        .header("HX-Request", "true")
                        .param("text", task3.text())
                        .param("deadline", "2022-13-45")
                        .param("units[0].name", "市交通运输局")
                        .param("units[0].role", "RESPONSIBLE")
                        .param("targets[0].indicator", "万人标台数")
                        .param("targets[0].comparator", "AT_LEAST")
                        .param("targets[0].value", "abc"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(form)
                .contains("form-error")
                .contains("第1个目标的目标值“abc”不是有效的数字")
                .contains("完成日期“2022-13-45”不是有效的日期");
        assertThat(task("3").targets()).hasSize(2);
    }

    @Test
    void mergesATaskWithTheNextAndSplitsOneInTwo() throws Exception {
        TaskView task4 = task("4");
        TaskView task5 = task("5");

        mvc.perform(post("/plans/{p}/review/tasks/{t}/merge", planId, task4.id())
                        .param("version", String.valueOf(task4.version()))
                        .header("HX-Request", "true"))
                .andExpect(header().string("HX-Redirect", "/plans/" + planId + "/review"));

        assertThat(catalog.tasks(planId, null)).hasSize(33);
        TaskView merged = task("4");
        assertThat(merged.text()).isEqualTo(task4.text() + task5.text());
        assertThat(merged.units()).extracting(u -> u.name()).containsExactly("市市场监管局", "市委组织部", "市委党校");

        TaskView task1 = task("1");
        int cut = task1.text().indexOf("抓好绿色制造体系建设");
        mvc.perform(post("/plans/{p}/review/tasks/{t}", planId, task1.id())
                        .param("version", String.valueOf(task1.version()))
                        .param("action", "split")
                        .param(
                                "text",
                                task1.text().substring(0, cut) + "\n\n"
                                        + task1.text().substring(cut))
                        .param("units[0].name", "市经济和信息化局")
                        .param("units[0].role", "RESPONSIBLE"))
                .andExpect(status().is3xxRedirection());

        assertThat(catalog.tasks(planId, null))
                .hasSize(34)
                .extracting(TaskView::number)
                .startsWith("1", "1-2", "2", "3", "4", "6");
        assertThat(task("1-2").text()).startsWith("抓好绿色制造体系建设");
        assertThat(task("1-2").units()).extracting(u -> u.name()).containsExactly("市经济和信息化局");
    }

    @Test
    void countsOnlyWarningsAndErrorsAsIssuesToCheckAndListsWebPageNotesApart() throws Exception {
        String webPage = """
                当前位置：首页 > 政策文件
                某市2023年生态环境工作要点
                一、水环境治理
                1.整治城区黑臭水体，年底前完成。（责任单位：区住建局）
                2.推进城区污水管网建设，9月底前完成。（责任单位：区水利局）
                附件下载 打印本页 关闭窗口
                """;
        long draft = importer.importDraft(webPage.getBytes(java.nio.charset.StandardCharsets.UTF_8), "web-page.txt")
                .planId();
        long problems = issues(draft, "severity <> 'INFO'");
        assertThat(issues(draft, "severity = 'INFO'")).isPositive();

        String page = mvc.perform(get("/plans/{id}/review", draft))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("，" + problems + " 条待核问题。")
                .containsPattern("id=\"notes\"[\\s\\S]*已删除网页内容（网页导航）：当前位置：首页 &gt; 政策文件");
        if (problems == 0) {
            assertThat(page).doesNotContain("id=\"issues\"").doesNotContain("hx-confirm=\"还有");
        }
    }

    private long issues(long plan, String condition) {
        return jdbc.sql("select count(*) from parse_issue where plan_id = ? and " + condition)
                .param(plan)
                .query(Long.class)
                .single();
    }

    @Test
    void aPublishedPlanCannotBeCorrectedInReview() throws Exception {
        store.publish(planId);
        TaskView task1 = task("1");

        mvc.perform(post("/plans/{p}/review/tasks/{t}/merge", planId, task1.id())
                        .param("version", String.valueOf(task1.version())))
                .andExpect(status().isConflict());
        String page = mvc.perform(get("/plans/{p}/review/tasks/{t}/edit", planId, task1.id()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .as("the reason, in the signed-in reader's layout")
                .contains("计划已发布，不能在审核中修改")
                .contains("id=\"signed-in-as\">市绿色办<");
    }

    private TaskView task(String number) {
        return catalog.tasks(planId, null).stream()
                .filter(t -> t.number().equals(number))
                .findFirst()
                .orElseThrow();
    }
}
