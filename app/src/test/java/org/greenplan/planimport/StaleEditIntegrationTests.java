package org.greenplan.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.TestDocuments;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.draft.TaskEdit;
import org.greenplan.plan.view.TaskView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two people correcting the same draft task: the second save, made from the version both opened, is
 * refused naming what changed, keeps what its author typed and shows the first person's version.
 */
@IntegrationTest
class StaleEditIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanImporter importer;

    @Autowired
    PlanCatalog catalog;

    @Autowired
    ReviewService review;

    long planId;

    @BeforeEach
    void importDraft() {
        DatabaseCleaner.clean(jdbc);
        planId = importer.importDraft(TestDocuments.bytes(TestDocuments.SUZHOU), TestDocuments.SUZHOU)
                .planId();
    }

    @Test
    void secondClientSavingFromTheSameVersionIsRefusedAndKeepsItsText() throws Exception {
        TaskView task = task("3");
        int openedByA = versionInForm(editForm(task));
        int openedByB = versionInForm(editForm(task));

        save(task, openedByA, "甲修改后的任务内容。", "市交通运输局").andExpect(status().isOk());
        String refused = body(save(task, openedByB, "乙修改后的任务内容。", "市公安局"));

        assertThat(task("3").text()).isEqualTo("甲修改后的任务内容。");
        assertThat(refused)
                .contains("保存未完成：在您编辑期间，他人已修改并保存了此任务（现为第 1 版），不同之处：任务内容、责任单位。")
                .contains(">乙修改后的任务内容。</textarea>")
                .contains("value=\"市公安局\"");
        assertThat(between(refused, "stale-theirs", "</div>\n        <label"))
                .contains("甲修改后的任务内容。")
                .contains("市交通运输局");
        assertThat(versionInForm(refused)).isEqualTo(1);

        save(task, versionInForm(refused), "乙修改后的任务内容。", "市公安局").andExpect(status().isOk());
        TaskView saved = task("3");
        assertThat(saved.text()).isEqualTo("乙修改后的任务内容。");
        assertThat(saved.units()).extracting(u -> u.name()).containsExactly("市公安局");
        assertThat(saved.version()).isEqualTo(2);
    }

    @Test
    void staleMergeIsRefusedAndMergesNothing() throws Exception {
        TaskView task = task("4");
        save(task, task.version(), "他人改过的第四项任务。", "市市场监管局").andExpect(status().isOk());

        String refused = body(mvc.perform(post("/plans/{p}/review/tasks/{t}/merge", planId, task.id())
                .header("HX-Request", "true")
                .param("version", String.valueOf(task.version()))
                .param("text", task.text())));

        assertThat(refused).contains("他人已修改并保存了此任务").contains("他人改过的第四项任务。");
        assertThat(catalog.tasks(planId, null)).hasSize(34);
    }

    @Test
    void ofTwoSimultaneousSavesFromOneVersionExactlyOneIsKept() throws Exception {
        TaskView task = task("5");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String text : List.of("客户端甲的内容。", "客户端乙的内容。")) {
                Callable<String> save = () -> {
                    start.await();
                    try {
                        review.saveTask(
                                planId,
                                task.id(),
                                task.version(),
                                new TaskEdit(text, null, false, null),
                                List.of(new UnitLine("市林业局", "RESPONSIBLE")),
                                List.of());
                        return "saved:" + text;
                    } catch (StaleEditException stale) {
                        return "refused:" + text;
                    }
                };
                outcomes.add(pool.submit(save));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }

            assertThat(results).filteredOn(r -> r.startsWith("saved:")).hasSize(1);
            assertThat(results).filteredOn(r -> r.startsWith("refused:")).hasSize(1);
            String kept = results.stream()
                    .filter(r -> r.startsWith("saved:"))
                    .findFirst()
                    .orElseThrow()
                    .substring("saved:".length());
            assertThat(task("5").text()).isEqualTo(kept);
            assertThat(task("5").version()).isEqualTo(task.version() + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    private String editForm(TaskView task) throws Exception {
        return body(mvc.perform(get("/plans/{p}/review/tasks/{t}/edit", planId, task.id())));
    }

    private org.springframework.test.web.servlet.ResultActions save(
            TaskView task, int version, String text, String unit) throws Exception {
        return mvc.perform(post("/plans/{p}/review/tasks/{t}", planId, task.id())
                .header("HX-Request", "true")
                .param("version", String.valueOf(version))
                .param("text", text)
                .param("units[0].name", unit)
                .param("units[0].role", "RESPONSIBLE"));
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static int versionInForm(String form) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertThat(version.find()).as("hidden version field").isTrue();
        return Integer.parseInt(version.group(1));
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).isNotNegative();
        int end = text.indexOf(to, start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    private TaskView task(String number) {
        return catalog.tasks(planId, null).stream()
                .filter(t -> t.number().equals(number))
                .findFirst()
                .orElseThrow();
    }
}
