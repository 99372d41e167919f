package org.greenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.TestDocuments;
import org.greenplan.plan.view.TaskView;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.targets.TargetTracking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PlanLifecycleIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    PlanStore store;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    TargetTracking tracking;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void discardsAPlanPublishedByMistakeWhileNothingIsReportedAndKeepsATrace() throws Exception {
        long first = importer.importAndPublish(TestDocuments.bytes(TestDocuments.SUZHOU), "suzhou.txt")
                .planId();
        long mistake = importer.importAndPublish(crlfCopy(), "suzhou-crlf.txt").planId();

        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("suzhou.txt · txt").contains("suzhou-crlf.txt · txt");

        mvc.perform(post("/plans/{id}/discard", mistake).param("reason", "同一文件的另一种换行"))
                .andExpect(redirectedUrl("/"));

        assertThat(catalog.plan(mistake)).isEmpty();
        assertThat(catalog.plans()).extracting(PlanSummary::id).containsExactly(first);
        assertThat(catalog.auditTrail(mistake))
                .extracting(AuditEntry::action, AuditEntry::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PUBLISHED", null),
                        org.assertj.core.groups.Tuple.tuple("DISCARDED", "同一文件的另一种换行"));
        assertThat(catalog.auditTrail(mistake).get(1).detail())
                .contains("suzhou-crlf.txt")
                .contains("PUBLISHED");
    }

    @Test
    void keepsAPublishedPlanWithReportsAndWithdrawsItOnlyWithAReason() throws Exception {
        long planId = importer.importAndPublish(TestDocuments.bytes(TestDocuments.SUZHOU), "suzhou.txt")
                .planId();
        TaskView straw = catalog.tasks(planId, null).stream()
                .filter(t -> t.targets().stream().anyMatch(g -> g.indicator().equals("秸秆综合利用率")))
                .findFirst()
                .orElseThrow();
        tracking.recordValue(
                planId,
                straw.id(),
                straw.targets().get(0).id(),
                LocalDate.of(2022, 6, 1),
                new BigDecimal("88"),
                false,
                null);

        assertThatThrownBy(() -> store.discardPublished(planId, "误发布")).isInstanceOf(PlanStateException.class);
        mvc.perform(post("/plans/{id}/discard", planId))
                .andExpect(redirectedUrl("/plans/" + planId))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("请改为撤回")));
        assertThatThrownBy(() -> store.withdraw(planId, "  ")).isInstanceOf(IllegalArgumentException.class);
        mvc.perform(post("/plans/{id}/withdraw", planId).param("reason", ""))
                .andExpect(flash().attribute("error", "撤回计划必须填写原因。"));
        assertThat(catalog.plan(planId).orElseThrow().state()).isEqualTo(PlanState.PUBLISHED);

        mvc.perform(post("/plans/{id}/withdraw", planId).param("reason", "印发机关已重新发文。"))
                .andExpect(redirectedUrl("/"));

        PlanSummary withdrawn = catalog.plan(planId).orElseThrow();
        assertThat(withdrawn.state()).isEqualTo(PlanState.WITHDRAWN);
        assertThat(withdrawn.withdrawalReason()).isEqualTo("印发机关已重新发文。");
        assertThat(catalog.plans()).isEmpty();
        assertThat(catalog.withdrawnPlans()).extracting(PlanSummary::id).containsExactly(planId);
        assertThat(tracking.evaluateTask(planId, straw.id(), LocalDate.of(2022, 7, 1))
                        .get(0)
                        .evaluation()
                        .actual())
                .isEqualByComparingTo("88");
        assertThatThrownBy(() -> store.withdraw(planId, "again")).isInstanceOf(PlanStateException.class);
        assertThatThrownBy(() -> store.discardPublished(planId, null)).isInstanceOf(PlanStateException.class);
        String page = mvc.perform(get("/plans/{id}", planId))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("原因：印发机关已重新发文。计划").doesNotContain("。。").contains("id=\"withdrawn-notice\"");

        assertThat(mvc.perform(get("/plans/{p}/review/tasks/{t}/edit", planId, straw.id()))
                        .andExpect(status().isConflict())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .as("a correction in review says the plan is withdrawn, not published")
                .contains("计划已撤回，不能在审核中修改");
        assertThat(mvc.perform(post("/office/plans/{p}/public", planId).param("public", "true"))
                        .andExpect(status().isConflict())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .as("making it public says why not")
                .contains("只有已发布的计划可以公开。");
    }

    private static byte[] crlfCopy() {
        return TestDocuments.text(TestDocuments.SUZHOU).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
