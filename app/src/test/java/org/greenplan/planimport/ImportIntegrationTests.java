package org.greenplan.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.TestDocuments;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanState;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.TaskView;
import org.greenplan.plan.view.UnitTaskCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ImportIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.greenplan.targets.TargetTracking tracking;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void importsSuzhouThroughTheWebUploadAndPublishesIt() throws Exception {
        long planId = upload(TestDocuments.bytes(TestDocuments.SUZHOU), TestDocuments.SUZHOU);

        PlanSummary draft = catalog.plan(planId).orElseThrow();
        assertThat(draft.state()).isEqualTo(PlanState.DRAFT);
        assertThat(draft.title()).isEqualTo("宿州市实施绿色发展行动2022年工作要点");
        assertThat(draft.issuer()).isEqualTo("宿州市实施绿色发展行动专项小组办公室");
        assertThat(draft.issuedOnBehalfBy()).isEqualTo("宿州市生态环境局");
        assertThat(draft.issuedDate()).hasToString("2022-03-18");
        assertThat(draft.taskCount()).isEqualTo(34);
        assertThat(catalog.units(planId)).hasSize(21);
        assertThat(catalog.headings(planId)).hasSize(3 + 11);
        assertThat(catalog.sourceFile(planId).orElseThrow().content())
                .isEqualTo(TestDocuments.bytes(TestDocuments.SUZHOU));

        String review = mvc.perform(get("/plans/{id}/review", planId))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(review).contains("id=\"L34\"").contains("市林业局");

        mvc.perform(post("/plans/{id}/publish", planId)).andExpect(redirectedUrl("/plans/" + planId));
        assertThat(catalog.plan(planId).orElseThrow().state()).isEqualTo(PlanState.PUBLISHED);
        mvc.perform(post("/plans/{id}/publish", planId))
                .andExpect(redirectedUrl("/plans/" + planId))
                .andExpect(flash().attribute("notice", "该计划已经发布。"));
    }

    @Test
    void filteringByAUnitGivesThatUnitsTasks() throws Exception {
        long planId = upload(TestDocuments.bytes(TestDocuments.SUZHOU), TestDocuments.SUZHOU);
        UnitTaskCount agriculture = catalog.units(planId).stream()
                .filter(u -> u.name().equals("市农业农村局"))
                .findFirst()
                .orElseThrow();

        List<String> numbers = catalog.tasks(planId, agriculture.unitId()).stream()
                .map(TaskView::number)
                .toList();

        assertThat(numbers).containsExactly("6", "8", "10", "11", "12", "32");
        assertThat(agriculture.tasks()).isEqualTo(6);
        String page = mvc.perform(get("/plans/{id}", planId).param("unit", "" + agriculture.unitId()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("共 6 项任务")
                .contains("data-task-number=\"32\"")
                .doesNotContain("data-task-number=\"1\"");
    }

    @Test
    void keepsUnitsInPrintedOrderAndResolvesAliases() throws Exception {
        long planId = upload(TestDocuments.bytes(TestDocuments.SUZHOU), TestDocuments.SUZHOU);
        TaskView task27 = task(planId, "27");

        assertThat(task27.units()).extracting(u -> u.name()).containsExactly("市审计局", "市委组织部", "市纪委监委");
        assertThat(task27.units()).allSatisfy(u -> assertThat(u.role()).isEqualTo("RESPONSIBLE"));
        assertThat(task(planId, "20").units()).extracting(u -> u.name()).containsExactly("市林业局");
    }

    @Test
    void sameFileTwiceIsRecognisedAndNotDuplicated() throws Exception {
        byte[] bytes = TestDocuments.bytes(TestDocuments.SUZHOU);
        long planId = upload(bytes, TestDocuments.SUZHOU);

        mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "again.txt", "text/plain", bytes)))
                .andExpect(redirectedUrl("/plans/" + planId + "/review"))
                .andExpect(flash().attribute("notice", "该文件已导入过，已为您打开原计划。"));
        assertThat(catalog.plans()).hasSize(1);
    }

    @Test
    void unknownUnitsAreCreatedUnconfirmedAndConfirmable() throws Exception {
        String text = TestDocuments.text(TestDocuments.SUZHOU).replace("(责任单位:市科技局)", "(责任单位:市新设协调办)");
        long planId = upload(text.getBytes(StandardCharsets.UTF_8), "variant.txt");

        UnitTaskCount created = catalog.units(planId).stream()
                .filter(u -> u.name().equals("市新设协调办"))
                .findFirst()
                .orElseThrow();
        assertThat(created.confirmed()).isFalse();
        mvc.perform(post("/units/{id}/confirm", created.unitId()).header("HX-Request", "true"))
                .andExpect(status().isOk());
        assertThat(catalog.units(planId))
                .filteredOn(u -> u.unitId() == created.unitId())
                .singleElement()
                .extracting(UnitTaskCount::confirmed)
                .isEqualTo(true);
    }

    @Test
    void mergesAnImportedUnitIntoTheDirectoryUnitAndLaterImportsUseTheAlias() throws Exception {
        String text = TestDocuments.text(TestDocuments.SUZHOU).replace("(责任单位:市科技局)", "(责任单位:市科学技术委)");
        long planId = upload(text.getBytes(StandardCharsets.UTF_8), "variant.txt");
        long typo = jdbc.sql("select id from responsible_unit where name = '市科学技术委'")
                .query(Long.class)
                .single();
        long science = jdbc.sql("select id from responsible_unit where name = '市科技局'")
                .query(Long.class)
                .single();

        mvc.perform(post("/units/{id}/merge", typo).param("into", "" + science)).andExpect(redirectedUrl("/units"));

        assertThat(task(planId, "13").units())
                .extracting(u -> u.name() + "/" + u.printedName())
                .containsExactly("市科技局/市科学技术委");
        assertThat(jdbc.sql("select count(*) from responsible_unit where name = '市科学技术委'")
                        .query(Long.class)
                        .single())
                .isZero();
        String again = TestDocuments.text(TestDocuments.SUZHOU)
                .replace("(责任单位:市科技局)", "(责任单位:市科学技术委)")
                .replace("推进林业碳汇项目", "推进林业碳汇试点项目");
        long second = upload(again.getBytes(StandardCharsets.UTF_8), "again.txt");
        assertThat(task(second, "13").units()).extracting(u -> u.name()).containsExactly("市科技局");
    }

    @Test
    void refusesToMergeAConfirmedUnitAndLeavesItsTasksAlone() throws Exception {
        long planId = upload(TestDocuments.bytes(TestDocuments.SUZHOU), TestDocuments.SUZHOU);
        long school = jdbc.sql("select id from responsible_unit where name = '市委党校'")
                .query(Long.class)
                .single();
        long organisation = jdbc.sql("select id from responsible_unit where name = '市委组织部'")
                .query(Long.class)
                .single();
        long tasksBefore = catalog.units(planId).stream()
                .filter(u -> u.unitId() == school)
                .mapToLong(UnitTaskCount::tasks)
                .sum();
        assertThat(tasksBefore).isPositive();

        mvc.perform(post("/units/{id}/merge", school).param("into", "" + organisation))
                .andExpect(redirectedUrl("/units"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("已确认的单位不能合并")));

        assertThat(jdbc.sql("select confirmed from responsible_unit where id = ?")
                        .param(school)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(catalog.units(planId).stream()
                        .filter(u -> u.unitId() == school)
                        .mapToLong(UnitTaskCount::tasks)
                        .sum())
                .isEqualTo(tasksBefore);
    }

    @Test
    void documentTextIsEscapedOnEveryPage() throws Exception {
        String text =
                TestDocuments.text(TestDocuments.SUZHOU).replace("推进林业碳汇项目。", "推进<script>alert(1)</script>林业碳汇项目。");
        long planId = upload(text.getBytes(StandardCharsets.UTF_8), "script.txt");
        TaskView task20 = task(planId, "20");

        for (String url : List.of("/plans/" + planId + "/review", "/plans/" + planId + "/tasks/" + task20.id())) {
            String html = mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
            assertThat(html)
                    .doesNotContain("<script>alert(1)</script>")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }

    @Test
    void keepsResponsibilityBySentenceWhereOneParagraphHasSeveralUnitClauses() throws Exception {
        String text = """
                一、重点任务
                1.优化通关流程，压缩通关时间（合肥海关负责）。巩固提升进出口环节通关效率（省商务厅牵头，合肥海关配合）。
                2.推进秸秆综合利用。（责任单位：市农业农村局）
                """;
        long planId = upload(text.getBytes(StandardCharsets.UTF_8), "clauses.txt");
        TaskView task1 = task(planId, "1");

        // A unit that leads (or alone answers for) any sentence is not a mere co-operating unit of the task.
        assertThat(task1.units()).extracting(u -> u.name()).containsExactly("合肥海关", "省商务厅");
        assertThat(task1.units()).allSatisfy(u -> assertThat(u.role()).isNotEqualTo("CO"));
        assertThat(task1.clauses()).hasSize(2);
        assertThat(task1.clauses().get(0).text()).contains("压缩通关时间");
        assertThat(task1.clauses().get(1).units())
                .extracting(u -> u.printedName() + ":" + u.role())
                .containsExactly("省商务厅:LEAD", "合肥海关:CO");
        String page = mvc.perform(get("/plans/{p}/tasks/{t}", planId, task1.id()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"task-clauses\"");
    }

    @Test
    void warnsAboutAPlanWithTheSameTitleAndDateAndDiscardsADraftWithItsNewUnits() throws Exception {
        long first = upload(TestDocuments.bytes(TestDocuments.SUZHOU), TestDocuments.SUZHOU);
        String crlf =
                TestDocuments.text(TestDocuments.SUZHOU).replace("\n", "\r\n").replace("(责任单位:市科技局)", "(责任单位:市新设协调办)");
        long second = upload(crlf.getBytes(StandardCharsets.UTF_8), "crlf.txt");

        String review = mvc.perform(get("/plans/{id}/review", second))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(review).contains("id=\"same-title\"").contains("编号 " + first);

        mvc.perform(post("/plans/{id}/discard", second)).andExpect(redirectedUrl("/"));
        assertThat(catalog.plans()).extracting(PlanSummary::id).containsExactly(first);
        assertThat(jdbc.sql("select count(*) from responsible_unit where name = '市新设协调办'")
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(post("/plans/{id}/publish", first));
        // a published plan with a reported value is kept (one without may be discarded as a mistake)
        TaskView straw = task(first, "10");
        tracking.recordValue(
                first,
                straw.id(),
                straw.targets().get(0).id(),
                java.time.LocalDate.of(2022, 6, 1),
                java.math.BigDecimal.TEN,
                false,
                null);
        mvc.perform(post("/plans/{id}/discard", first)).andExpect(redirectedUrl("/plans/" + first));
        assertThat(catalog.plan(first)).isPresent();
    }

    @Test
    void sampleImportIsOneClick() throws Exception {
        MvcResult result = mvc.perform(post("/imports/sample"))
                .andExpect(redirectedUrlPattern("/plans/*/review"))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isNotNull();
        assertThat(catalog.plans())
                .singleElement()
                .extracting(PlanSummary::taskCount)
                .isEqualTo(34);
    }

    private long upload(byte[] bytes, String name) throws Exception {
        MvcResult result = mvc.perform(
                        multipart("/imports").file(new MockMultipartFile("file", name, "text/plain", bytes)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/plans/*/review"))
                .andReturn();
        String url = result.getResponse().getRedirectedUrl();
        return Long.parseLong(url.replaceAll("\\D+", " ").trim().split(" ")[0]);
    }

    private TaskView task(long planId, String number) {
        return catalog.tasks(planId, null).stream()
                .filter(t -> t.number().equals(number))
                .findFirst()
                .orElseThrow();
    }
}
