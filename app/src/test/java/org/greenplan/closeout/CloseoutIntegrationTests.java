package org.greenplan.closeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.GreenPlanUser;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Close-out (销号) through the unit's and the office's pages on the 宿州 scenario, with evidence. */
@IntegrationTest
class CloseoutIntegrationTests {
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = HexFormat.of()
            .parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    + "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c10000000049454e44ae426082");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanImporter importer;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Autowired
    Clock clock;

    @Autowired
    Closeouts closeouts;

    SupervisionScenario scenario;
    long task;
    long lead;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
        task = scenario.taskIds().get(7); // reported 100 % in June, approved
        lead = filingUnit(task);
    }

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void theLeadUnitRequestsCloseOutWithEvidenceAndTheTaskIsCompletedOnlyOnceTheOfficeVerifies() throws Exception {
        assertThat(statusToday(task).status()).isEqualTo(TaskStatus.GREEN);
        assertThat(statusToday(task).reason().code()).isEqualTo("COMPLETED_REPORTED");
        String page = page("/my/tasks/" + task + "/closeout", reporter(lead));
        assertThat(page).contains("id=\"closeout-form\"", "待申请销号并经办公室核验");

        MvcResult filed = requestCloseout(task, reporter(lead), "秸秆综合利用项目已全部建成并验收。", pdf("验收报告.pdf"));
        assertThat(notice(filed)).startsWith("申请已提交");
        long first = requestId(task, "PENDING");
        assertThat(jdbc.sql("select sha256 from closeout_evidence where request_id = ?")
                        .param(first)
                        .query(String.class)
                        .single())
                .isEqualTo(sha256(PDF));

        String queue = page("/office/closeouts", TestActors.office());
        assertThat(queue).contains("秸秆综合利用项目已全部建成并验收。", "验收报告.pdf", "核验销号", "待处理（1 件）");
        long evidence = jdbc.sql("select id from closeout_evidence where request_id = ?")
                .param(first)
                .query(Long.class)
                .single();
        MvcResult download = mvc.perform(get("/office/closeouts/evidence/" + evidence))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");

        mvc.perform(get("/leader/closeouts/evidence/" + evidence).with(TestActors.leader()))
                .andExpect(status().isOk());
        MvcResult refused = decide(first, "refuse", "reason", "缺少验收签字页");
        assertThat(notice(refused)).contains(String.valueOf(first));
        assertThat(statusToday(task).status()).isEqualTo(TaskStatus.GREEN);
        assertThat(page("/my/tasks/" + task + "/closeout", reporter(lead))).contains("缺少验收签字页", "销号申请已退回");

        requestCloseout(task, reporter(lead), "已补充验收签字页。", pdf("验收报告（签字）.pdf"), png("现场照片.png"));
        long second = requestId(task, "PENDING");
        assertThat(evidenceNames(second)).containsExactly("验收报告（签字）.pdf", "现场照片.png");
        decide(second, "approve", "note", "佐证材料齐全，同意销号");

        SupervisedTask closed = statusToday(task);
        assertThat(closed.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(closed.reason().code()).isEqualTo("CLOSED_OUT");
        assertThat(closed.reason().args())
                .containsExactly("佐证材料齐全，同意销号", LocalDate.now(clock).toString());
        assertThat(page("/my/tasks/" + task + "/closeout", reporter(lead)))
                .contains("已销号", "id=\"task-ended\"")
                .doesNotContain("id=\"closeout-form\"");
        assertThat(auditActions(task))
                .containsExactly("CLOSEOUT_REQUESTED", "CLOSEOUT_REFUSED", "CLOSEOUT_REQUESTED", "CLOSEOUT_APPROVED");

        MvcResult again = requestCloseout(task, reporter(lead), "再次申请", pdf("a.pdf"));
        assertThat(error(again)).isEqualTo("该任务已销号，不能再提出申请或批准申请。");
    }

    @Test
    void refusedUploadsAndMissingEvidenceStoreNothingAndSayWhy() throws Exception {
        MvcResult lying = requestCloseout(
                task,
                reporter(lead),
                "已完成",
                new MockMultipartFile("files", "报告.pdf", "application/pdf", "plain text".getBytes()));
        assertThat(error(lying)).contains("报告.pdf");
        MvcResult exe = requestCloseout(task, reporter(lead), "已完成", pdf("setup.exe"));
        assertThat(error(exe)).contains("setup.exe");
        MvcResult none = requestCloseout(task, reporter(lead), "已完成");
        assertThat(error(none)).isEqualTo("申请销号须上传至少一份佐证材料。");
        MvcResult blank = requestCloseout(task, reporter(lead), "  ", pdf("a.pdf"));
        assertThat(error(blank)).isEqualTo("请填写说明或理由。");
        // the second of two files is refused: the first is not kept either
        MvcResult half = requestCloseout(task, reporter(lead), "已完成", pdf("a.pdf"), pdf("b.docx"));
        assertThat(error(half)).contains("b.docx");

        assertThat(count("closeout_request")).isZero();
        assertThat(count("closeout_evidence")).isZero();
    }

    @Test
    void aRefusedEvidenceFileKeepsTheStatementAsTyped() throws Exception {
        String typed = "秸秆综合利用项目已全部建成，第三方验收意见附后。";
        MvcResult refused = requestCloseout(task, reporter(lead), typed, pdf("setup.exe"));
        assertThat(refused.getFlashMap().get("statement")).isEqualTo(typed);
        assertThat(error(refused)).contains("setup.exe");
        // The redirected page gets the flash attribute in its model; a request attribute stands in for it here
        // (the tests' sessions live in Spring Session's store, which a mock flash map does not reach).
        String again = mvc.perform(get("/my/tasks/" + task + "/closeout")
                        .with(reporter(lead))
                        .requestAttr("statement", typed))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(again).select("textarea#statement").text())
                .isEqualTo(typed);
        assertThat(count("closeout_request")).isZero();
    }

    @Test
    void aRefusedChangeRequestComesBackAsTyped() throws Exception {
        String reason = "受资金下达时间影响，需调整完成时限和建设内容。";
        MvcResult refused = mvc.perform(post("/my/tasks/" + task + "/changes")
                        .with(reporter(lead))
                        .param("kind", "ADJUSTMENT")
                        .param("reason", reason)
                        .param("newText", "完成秸秆收储中心建设2处。")
                        .param("newDeadline", "2022-11-30")
                        .param("newValue", "2"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Object typed = refused.getFlashMap().get("change");
        assertThat(typed).as("a value without its target is refused").isNotNull();
        assertThat(count("closeout_request")).isZero();

        // the redirected page gets the flash attribute in its model; a request attribute stands in for it here
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/my/tasks/" + task + "/changes")
                        .with(reporter(lead))
                        .requestAttr("change", typed))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("textarea#reason").text()).isEqualTo(reason);
        assertThat(page.select("textarea#newText").text()).isEqualTo("完成秸秆收储中心建设2处。");
        assertThat(page.select("input#newDeadline").val()).isEqualTo("2022-11-30");
        assertThat(page.select("input#kind-adjust").hasAttr("checked")).isTrue();
    }

    @Test
    void evidenceSizesReadAsOnTheReportPage() throws Exception {
        requestCloseout(task, reporter(lead), "秸秆综合利用项目已全部建成。", pdf("验收报告.pdf"));
        assertThat(page("/my/tasks/" + task + "/closeout", reporter(lead)))
                .contains("验收报告.pdf", "(" + PDF.length + " B)")
                .doesNotContain("(1 KB)");
    }

    @Test
    void onlyTheLeadUnitFilesAndOtherUnitsSeeNothingOfTheTask() throws Exception {
        long[] shared = taskWithLeadAndCoUnit();
        MvcResult byCoUnit = requestCloseout(shared[0], reporter(shared[2]), "已完成", pdf("a.pdf"));
        assertThat(error(byCoUnit)).startsWith("该任务由牵头单位").endsWith("申请销号、取消或调整。");
        mvc.perform(get("/my/tasks/" + shared[0] + "/closeout").with(reporter(shared[2])))
                .andExpect(status().isOk());

        requestCloseout(task, reporter(lead), "项目验收完毕，附验收报告", pdf("a.pdf"));
        long evidence =
                jdbc.sql("select id from closeout_evidence").query(Long.class).single();
        long stranger = unitNotOn(task);
        mvc.perform(get("/my/tasks/" + task + "/closeout").with(reporter(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/my/tasks/" + task + "/closeout")
                        .file(pdf("b.pdf"))
                        .param("statement", "冒名申请")
                        .with(reporter(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/my/tasks/" + task + "/changes").with(reporter(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/my/closeouts/evidence/" + evidence).with(reporter(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/my/closeouts/evidence/" + evidence).with(reporter(lead)))
                .andExpect(status().isOk());
        mvc.perform(get("/my/tasks/999999/closeout").with(reporter(lead))).andExpect(status().isNotFound());
        mvc.perform(post("/office/closeouts/" + requestId(task, "PENDING") + "/approve")
                        .param("version", "0")
                        .with(reporter(lead)))
                .andExpect(status().isForbidden());
        assertThat(page("/my/closeouts", reporter(stranger))).doesNotContain("项目验收完毕，附验收报告");
        assertThat(page("/my/closeouts", reporter(lead))).contains("项目验收完毕，附验收报告", "申请销号待核验");
        assertThat(requestId(task, "PENDING")).isPositive();
    }

    @Test
    void twoSimultaneousApprovalsOfOneRequestDecideItOnce() throws Exception {
        requestCloseout(task, reporter(lead), "项目已验收", pdf("a.pdf"));
        long id = requestId(task, "PENDING");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String note : List.of("甲核验通过", "乙核验通过")) {
            outcomes.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(officeAuthentication());
                start.await();
                try {
                    closeouts.approve(id, 0, note);
                    return "approved";
                } catch (CloseoutRefusal | OptimisticLockingFailureException e) {
                    return "refused";
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).containsExactlyInAnyOrder("approved", "refused");
        assertThat(auditActions(task)).containsExactly("CLOSEOUT_REQUESTED", "CLOSEOUT_APPROVED");
        assertThat(jdbc.sql("select version from closeout_request where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private static UsernamePasswordAuthenticationToken officeAuthentication() {
        GreenPlanUser user = GreenPlanUser.of(SupervisionScenario.office());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private MvcResult requestCloseout(
            long taskId, RequestPostProcessor who, String statement, MockMultipartFile... files) throws Exception {
        var request = multipart("/my/tasks/" + taskId + "/closeout").param("statement", statement);
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request.with(who))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    private MvcResult decide(long requestId, String action, String field, String text) throws Exception {
        int version = jdbc.sql("select version from closeout_request where id = ?")
                .param(requestId)
                .query(Integer.class)
                .single();
        return mvc.perform(post("/office/closeouts/" + requestId + "/" + action)
                        .param("version", String.valueOf(version))
                        .param(field, text))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private SupervisedTask statusToday(long taskId) {
        return supervision
                .ofTask(scenario.straw().planId(), taskId, LocalDate.now(clock))
                .orElseThrow();
    }

    static String notice(MvcResult result) {
        return (String) result.getFlashMap().get("notice");
    }

    static String error(MvcResult result) {
        return (String) result.getFlashMap().get("error");
    }

    static RequestPostProcessor reporter(long unit) {
        return TestActors.reporter(unit);
    }

    static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("files", name, "application/pdf", PDF);
    }

    static MockMultipartFile png(String name) {
        return new MockMultipartFile("files", name, "image/png", PNG);
    }

    private long requestId(long taskId, String state) {
        return jdbc.sql("select id from closeout_request where task_id = ? and state = ?")
                .params(taskId, state)
                .query(Long.class)
                .single();
    }

    private List<String> evidenceNames(long requestId) {
        return jdbc.sql("select file_name from closeout_evidence where request_id = ? order by id")
                .param(requestId)
                .query(String.class)
                .list();
    }

    private List<String> auditActions(long taskId) {
        return jdbc.sql("select action from audit_event where entity = 'CLOSEOUT_REQUEST' and task_id = ? order by id")
                .param(taskId)
                .query(String.class)
                .list();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private long filingUnit(long taskId) {
        return jdbc.sql(
                        "select unit_id from assignment where task_id = ? order by (role = 'LEAD') desc, position limit 1")
                .param(taskId)
                .query(Long.class)
                .single();
    }

    private long unitNotOn(long taskId) {
        return jdbc.sql(
                        "select id from responsible_unit where id not in (select unit_id from assignment where task_id = ?)"
                                + " order by id limit 1")
                .param(taskId)
                .query(Long.class)
                .single();
    }

    /** @return a task naming two units: its id, the unit that files (lead, else first) and another one */
    private long[] taskWithLeadAndCoUnit() {
        return jdbc.sql("""
                        select l.task_id, l.unit_id, c.unit_id from assignment l
                        join assignment c on c.task_id = l.task_id and c.unit_id <> l.unit_id
                        join task t on t.id = l.task_id
                        where t.plan_id = ? and l.position = (select min(position) from assignment where task_id = t.id)
                          and not exists (select 1 from assignment x where x.task_id = t.id and x.role = 'LEAD')
                        order by t.position, c.position limit 1""")
                .param(scenario.straw().planId())
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
