package org.greenplan.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.PublishedStrawTarget;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.TestActors;
import org.greenplan.notifications.Inbox;
import org.greenplan.notifications.InboxEntry;
import org.greenplan.periods.PeriodAdministration;
import org.greenplan.planimport.PlanImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 催办单 (numbered per year without gaps, Word from the template, sent to the units, readable only by the
 * units it names), 批示 (a leader's comment on a task, shown on the task and notified to its units) and the
 * units' notice of a period opened or closed.
 */
@IntegrationTest
class UrgingsAndInstructionsIntegrationTests {
    private static final Actor OFFICE = new Actor(1, "office", "市绿色办", null, Set.of(Role.OFFICE_ADMIN), false);
    private static final Actor LEADER = new Actor(2, "leader", "王市长", null, Set.of(Role.LEADER), false);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanImporter importer;

    @Autowired
    Urgings urgings;

    @Autowired
    Instructions instructions;

    @Autowired
    Inbox inbox;

    @Autowired
    PeriodAdministration periods;

    PublishedStrawTarget straw;
    long strawUnit;
    long otherUnit;
    Actor strawReporter;
    Actor otherReporter;
    int year;

    @BeforeEach
    void publish() {
        straw = PublishedStrawTarget.publish(importer, jdbc);
        strawUnit = jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                .param(straw.taskId())
                .query(Long.class)
                .single();
        otherUnit = jdbc.sql("""
                        select a.unit_id from assignment a join task t on t.id = a.task_id where t.plan_id = ?
                          and a.unit_id not in (select unit_id from assignment where task_id = ?) limit 1""")
                .params(straw.planId(), straw.taskId())
                .query(Long.class)
                .single();
        strawReporter = TestUsers.create(jdbc, "nt-straw", strawUnit, Role.UNIT_REPORTER, null);
        otherReporter = TestUsers.create(jdbc, "nt-other", otherUnit, Role.UNIT_REPORTER, null);
        jdbc.sql("delete from urging_counter").update();
        year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        signIn(OFFICE);
    }

    @AfterEach
    void clean() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from urging_counter").update();
        TestUsers.clean(jdbc);
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void urgingsAreNumberedPerYearWithoutGapsEvenWhenOneIsRefused() {
        Urging first = urgings.issue(OFFICE, straw.planId(), straw.taskId(), List.of(), "请加快秸秆综合利用进度。", null);
        assertThatThrownBy(() -> urgings.issue(OFFICE, straw.planId(), straw.taskId(), List.of(otherUnit), "x", null))
                .isInstanceOf(UrgingUnitsException.class);
        assertThatThrownBy(() -> urgings.issue(OFFICE, straw.planId(), straw.taskId(), List.of(), "  ", null))
                .isInstanceOf(InstructionInvalidException.class);
        Urging second =
                urgings.issue(OFFICE, straw.planId(), null, List.of(otherUnit), "请按时报送进展。", LocalDate.of(2022, 7, 5));

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(urgings.numberText(second)).isEqualTo("催办〔" + year + "〕第2号");
        assertThat(first.unitNames()).contains(name(strawUnit));
        assertThat(second.unitNames()).containsExactly(name(otherUnit));
    }

    @Test
    void urgingsIssuedAtOnceGetDistinctConsecutiveNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Urging>> issued = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Urging> issue = () -> {
                    signIn(OFFICE);
                    return urgings.issue(OFFICE, straw.planId(), null, List.of(otherUnit), "请按时报送进展。", null);
                };
                issued.add(pool.submit(issue));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Urging> f : issued) {
                numbers.add(f.get().number());
            }
            assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUrgingIsSentToItsUnitsAndDownloadsAsWordOnlyForThem() throws Exception {
        Urging urging = urgings.issue(
                OFFICE,
                straw.planId(),
                straw.taskId(),
                List.of(strawUnit),
                "秸秆综合利用率低于序时进度，请说明原因并提出整改措施。",
                LocalDate.of(2022, 7, 5));

        List<InboxEntry> received = inbox.of(strawReporter, false, 10, Locale.SIMPLIFIED_CHINESE);
        assertThat(received).extracting(InboxEntry::subject).containsExactly("【催办】催办〔" + year + "〕第1号");
        assertThat(received.get(0).body()).contains("秸秆综合利用率低于序时进度").contains("请于 2022-07-05 前反馈办理情况。");
        assertThat(inbox.of(strawReporter, false, 10, Locale.ENGLISH))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.subject()).isEqualTo("[Urging] Urging " + year + " No. 1");
                    assertThat(e.body()).contains("秸秆综合利用率低于序时进度").contains("Please reply by 2022-07-05.");
                });
        assertThat(inbox.of(otherReporter, false, 10, Locale.SIMPLIFIED_CHINESE))
                .isEmpty();

        byte[] docx = mvc.perform(get("/my/urgings/{id}.docx", urging.id()).with(TestActors.as(strawReporter)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = wordText(docx);
        assertThat(text)
                .contains("宿州市实施绿色发展行动专项小组办公室") // the sample's issuer, as its document names it
                .contains("催办〔" + year + "〕第1号")
                .contains("督办催办单")
                .containsPattern("(?m)^受文单位：" + java.util.regex.Pattern.quote(name(strawUnit)) + "$")
                .contains("秸秆综合利用率低于序时进度")
                .contains("请于 2022-07-05 前反馈办理情况。")
                .contains("经办：市绿色办")
                .doesNotContain("{{");
        mvc.perform(get("/my/urgings/{id}.docx", urging.id()).with(TestActors.as(otherReporter)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/office/urgings/{id}.docx", urging.id()).with(TestActors.office()))
                .andExpect(status().isOk());
        assertThat(mvc.perform(get("/office/urgings").with(TestActors.office()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("催办〔" + year + "〕第1号");
    }

    /** A plan of another city than the configured region's (as demo-data makes) is urged in its own office's name. */
    @Test
    void theRedHeaderIsTheOfficeThatIssuedTheUrgedPlan() throws Exception {
        jdbc.sql("update plan set issuer = '合肥市实施绿色发展行动专项小组办公室' where id = ?")
                .param(straw.planId())
                .update();
        Urging urging = urgings.issue(OFFICE, straw.planId(), straw.taskId(), List.of(strawUnit), "请加快进度。", null);

        String text = wordText(
                mvc.perform(get("/office/urgings/{id}.docx", urging.id()).with(TestActors.office()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());

        // the 红头 and the signing office below the message
        assertThat(text.split("合肥市实施绿色发展行动专项小组办公室", -1)).hasSize(3);
        assertThat(text).doesNotContain("宿州市绿色发展行动专项小组办公室", "宿州市实施绿色发展行动专项小组办公室");
    }

    @Test
    void theOfficeIssuesAnUrgingFromTheForm() throws Exception {
        String taskPage = mvc.perform(get("/plans/{p}/tasks/{t}", straw.planId(), straw.taskId())
                        .with(TestActors.office()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(taskPage).contains("/office/urgings/new?planId=" + straw.planId() + "&amp;taskId=" + straw.taskId());
        String form = mvc.perform(get("/office/urgings/new")
                        .param("planId", String.valueOf(straw.planId()))
                        .param("taskId", String.valueOf(straw.taskId()))
                        .with(TestActors.office()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).containsPattern("<option value=\"" + straw.taskId() + "\" selected=\"selected\">10\\. ");
        mvc.perform(post("/office/urgings")
                        .with(TestActors.office())
                        .param("planId", String.valueOf(straw.planId()))
                        .param("taskId", String.valueOf(straw.taskId()))
                        .param("message", "请尽快报送。"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/office/urgings"))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("催办〔" + year + "〕第1号")));

        assertThat(urgings.all()).singleElement().satisfies(u -> {
            assertThat(u.taskId()).isEqualTo(straw.taskId());
            assertThat(u.message()).isEqualTo("请尽快报送。");
            assertThat(u.issuedBy()).isEqualTo("市绿色办");
        });
    }

    @Test
    void theFormOffersATasksUnitsForATaskAndThePlansUnitsForGeneralWork() throws Exception {
        String taskForm = form(straw.taskId());
        assertThat(taskForm)
                .contains("name=\"unitIds\" value=\"" + strawUnit + "\"")
                .doesNotContain("name=\"unitIds\" value=\"" + otherUnit + "\"")
                .contains("催办任务只能发给该任务的责任单位");
        assertThat(form(null))
                .contains("name=\"unitIds\" value=\"" + strawUnit + "\"")
                .contains("name=\"unitIds\" value=\"" + otherUnit + "\"");
    }

    @Test
    void aRefusedUnitIsExplainedByTheRuleThatApplies() throws Exception {
        Object taskError = mvc.perform(post("/office/urgings")
                        .with(TestActors.office())
                        .param("planId", String.valueOf(straw.planId()))
                        .param("taskId", String.valueOf(straw.taskId()))
                        .param("unitIds", String.valueOf(otherUnit))
                        .param("message", "请尽快报送。"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("error");
        assertThat(taskError).isEqualTo("请选择该任务的责任单位：催办任务只能发给该任务的责任单位（不勾选即发给全部）。");
        Object planError = mvc.perform(post("/office/urgings")
                        .with(TestActors.office())
                        .param("planId", String.valueOf(straw.planId()))
                        .param("message", "请尽快报送。"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("error");
        assertThat(planError).isEqualTo("请选择受文单位：单位整体工作的催办单可发给该计划的任一责任单位。");
        assertThat(urgings.all()).isEmpty();
    }

    private String form(Long taskId) throws Exception {
        var request = get("/office/urgings/new")
                .param("planId", String.valueOf(straw.planId()))
                .with(TestActors.office());
        if (taskId != null) {
            request.param("taskId", String.valueOf(taskId));
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aLeadersInstructionIsShownOnTheTaskAndNotifiedToItsUnits() throws Exception {
        mvc.perform(post("/leader/plans/{p}/tasks/{t}/instructions", straw.planId(), straw.taskId())
                        .with(TestActors.as(LEADER))
                        .param("text", "秸秆综合利用要抓紧，6月底前拿出方案。"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/leader/plans/{p}/tasks/{t}/instructions", straw.planId(), straw.taskId())
                        .with(TestActors.office())
                        .param("text", "办公室不能批示"))
                .andExpect(status().isForbidden());

        assertThat(instructions.ofTask(straw.planId(), straw.taskId()))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.authorName()).isEqualTo("王市长");
                    assertThat(i.text()).isEqualTo("秸秆综合利用要抓紧，6月底前拿出方案。");
                });
        String fragment = mvc.perform(get("/leader/plans/{p}/tasks/{t}/instructions", straw.planId(), straw.taskId())
                        .with(TestActors.office()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains("秸秆综合利用要抓紧").doesNotContain("instruction-form");
        assertThat(inbox.of(strawReporter, false, 10, Locale.SIMPLIFIED_CHINESE))
                .singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("【领导批示】王市长对任务 10 作出批示"));
        assertThat(inbox.of(otherReporter, false, 10, Locale.SIMPLIFIED_CHINESE))
                .isEmpty();
        assertThat(mvc.perform(get("/my/instructions").with(TestActors.as(strawReporter)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("秸秆综合利用要抓紧");
        assertThat(mvc.perform(get("/my/instructions").with(TestActors.as(otherReporter)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("秸秆综合利用要抓紧");
        // the workspace shows the latest ones in the page itself (no second request)
        assertThat(mvc.perform(get("/my").with(TestActors.as(strawReporter)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .containsPattern("id=\"recent-instructions\"[\\s\\S]*秸秆综合利用要抓紧[\\s\\S]*王市长")
                .doesNotContain("hx-get=\"/my/instructions/recent\"");
        assertThat(mvc.perform(get("/my").with(TestActors.as(otherReporter)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("秸秆综合利用要抓紧")
                .doesNotContain("id=\"recent-instructions\"");
    }

    @Test
    void unitsAreToldWhenAPeriodOpensAndCloses() {
        long period = jdbc.sql("""
                        insert into reporting_period (plan_id, label, starts_on, ends_on, due_on, co_unit_due_on,
                            grace_until, state)
                        values (?, '2022-07', '2022-07-01', '2022-07-31', '2022-07-25', '2022-07-21', '2022-07-25',
                            'PLANNED') returning id""").param(straw.planId()).query(Long.class).single();

        periods.open(period, 0);
        periods.close(period, 1, "本期调度结束。");

        assertThat(inbox.of(strawReporter, false, 10, Locale.SIMPLIFIED_CHINESE))
                .extracting(InboxEntry::subject)
                .containsExactly("调度周期 2022年7月 已关闭", "调度周期 2022年7月 已开启，请按时报送进展");
        assertThat(inbox.of(strawReporter, false, 10, Locale.SIMPLIFIED_CHINESE)
                        .get(0)
                        .body())
                .contains("原因：本期调度结束。如需补报")
                .doesNotContain("。。");
        assertThat(inbox.of(otherReporter, false, 10, Locale.SIMPLIFIED_CHINESE))
                .hasSize(2);
    }

    private String name(long unitId) {
        return jdbc.sql("select name from responsible_unit where id = ?")
                .param(unitId)
                .query(String.class)
                .single();
    }

    private static String wordText(byte[] docx) throws java.io.IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static void signIn(Actor actor) {
        var user = org.greenplan.accounts.GreenPlanUser.of(actor);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
