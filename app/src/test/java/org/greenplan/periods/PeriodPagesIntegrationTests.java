package org.greenplan.periods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.greenplan.IntegrationTest;
import org.greenplan.PublishedStrawTarget;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The office's periods, calendar, 签收 and extension pages on the 宿州 plan, through MockMvc. */
@IntegrationTest
class PeriodPagesIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportingPeriods periods;

    PublishedStrawTarget plan;
    long agriculture;
    long other;

    @BeforeEach
    void publish() {
        plan = PublishedStrawTarget.publish(importer, jdbc);
        agriculture = jdbc.sql("select id from responsible_unit where name = '市农业农村局'")
                .query(Long.class)
                .single();
        other = jdbc.sql("""
                        select a.unit_id from assignment a join task t on t.id = a.task_id
                        where t.plan_id = ? and a.unit_id <> ? order by t.position, a.position limit 1""")
                .params(plan.planId(), agriculture)
                .query(Long.class)
                .single();
    }

    @AfterEach
    void forgetUploadedYears() {
        jdbc.sql("delete from calendar_year").update();
    }

    private String page(String url, org.springframework.test.web.servlet.request.RequestPostProcessor actor)
            throws Exception {
        return mvc.perform(get(url).with(actor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String periodsUrl() {
        return "/office/plans/" + plan.planId() + "/periods";
    }

    private long juneOpen() throws Exception {
        mvc.perform(post(periodsUrl() + "/settings")
                        .with(TestActors.office())
                        .param("periodicity", "MONTHLY")
                        .param("dueDay", "25")
                        .param("dueMonth", "PERIOD_END_MONTH")
                        .param("graceDays", "0")
                        .param("coUnitLeadDays", "2")
                        .param("shift", "NEXT")
                        .param("version", "-1"))
                .andExpect(redirectedUrl(periodsUrl()))
                .andExpect(flash().attribute("notice", "调度设置已保存。"));
        mvc.perform(post(periodsUrl() + "/generate").with(TestActors.office()))
                .andExpect(flash().attribute("notice", "已生成或更新 12 个周期（已开启或已关闭的周期保持不变）。"));
        ReportingPeriod june = periods.ofPlan(plan.planId()).get(5);
        mvc.perform(post(periodsUrl() + "/" + june.id() + "/open")
                        .with(TestActors.office())
                        .param("version", "0"))
                .andExpect(flash().attribute("notice", "周期 2022-06 已开启。"));
        return june.id();
    }

    @Test
    void officeSetsUpJuneWithDueDatesMovedOffTheWeekend() throws Exception {
        long june = juneOpen();
        String html = page(periodsUrl(), TestActors.office());
        assertThat(html).contains("2022-06-27 周一").contains("2022-06-23 周四").contains("填报中");
        assertThat(html).doesNotContain("calendar-warning");

        mvc.perform(post(periodsUrl() + "/" + june + "/close")
                        .with(TestActors.office())
                        .param("version", "1"))
                .andExpect(flash().attribute("error", "请填写原因。"));
        mvc.perform(post(periodsUrl() + "/" + june + "/close")
                        .with(TestActors.office())
                        .param("version", "1")
                        .param("reason", "6月调度结束"))
                .andExpect(flash().attribute("notice", "周期 2022-06 已关闭并锁定。"));
        mvc.perform(post(periodsUrl() + "/" + june + "/reopen")
                        .with(TestActors.office())
                        .param("version", "1")
                        .param("reason", "补报"))
                .andExpect(flash().attribute("error", "操作未完成：该记录已被他人修改，请刷新页面后重试。"));
        assertThat(page(periodsUrl(), TestActors.office())).contains("由 市绿色办 关闭：6月调度结束");
    }

    @Test
    void aPeriodOfAnotherPlanInTheUrlIsNotFound() throws Exception {
        long june = juneOpen();
        mvc.perform(post("/office/plans/" + (plan.planId() + 1000) + "/periods/" + june + "/close")
                        .with(TestActors.office())
                        .param("version", "1")
                        .param("reason", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPlanYearWithoutItsHolidaysSaysSoOnThePage() throws Exception {
        jdbc.sql("update plan set plan_year = 2030 where id = ?")
                .param(plan.planId())
                .update();
        assertThat(page(periodsUrl(), TestActors.office())).contains("2030 年节假日未导入（工作日历目前包含 2022–2026 年）");
        mvc.perform(post(periodsUrl() + "/generate").with(TestActors.office()))
                .andExpect(flash().attribute("error", "2030 年节假日未导入：无法计算该年的工作日，请先在工作日历中上传该年的节假日安排。"));
        assertThat(periods.ofPlan(plan.planId())).isEmpty();
    }

    @Test
    void calendarUploadShowsProblemsByLineAndColumnAndStoresOnlyAValidYear() throws Exception {
        MockMultipartFile bad = new MockMultipartFile(
                "file",
                "2027.csv",
                "text/csv",
                "date,kind,name\n2027-01-01,holiday,元旦\n2027-02-30,holiday,春节\n".getBytes(StandardCharsets.UTF_8));
        String preview = mvc.perform(
                        multipart("/admin/calendar/preview").file(bad).with(TestActors.office()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview)
                .contains("2027.csv 第 3 行第 1 列： “2027-02-30”不是 YYYY-MM-DD 格式的有效日期。")
                .doesNotContain("确认导入");

        byte[] good = "date,kind,name\n2026-12-31,holiday,元旦\n2027-01-01,holiday,元旦\n2027-02-06,workday,春节\n"
                .getBytes(StandardCharsets.UTF_8);
        String ok = mvc.perform(multipart("/admin/calendar/preview")
                        .file(new MockMultipartFile("file", "2027.csv", "text/csv", good))
                        .with(TestActors.office()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ok).contains("确认导入 2027 年节假日安排");
        mvc.perform(post("/admin/calendar")
                        .with(TestActors.office())
                        .param("fileName", "2027.csv")
                        .param("content", Base64.getEncoder().encodeToString(good)))
                .andExpect(flash().attribute("notice", "2027 年节假日安排已导入。"));
        assertThat(page("/admin/calendar", TestActors.office())).contains("2027.csv，");
        assertThat(jdbc.sql("select count(*) from calendar_day where notice_year = 2027")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aUnitAcknowledgesOnItsOwnPageAndTheOfficeSeesIt() throws Exception {
        String url = "/my/plans/" + plan.planId() + "/acknowledge";
        assertThat(page(url, TestActors.reporter(agriculture))).contains("签收以上");
        mvc.perform(post(url).with(TestActors.reporter(agriculture)).param("unitId", String.valueOf(other)))
                .andExpect(status().isForbidden());
        mvc.perform(post(url).with(TestActors.reporter(agriculture)))
                .andExpect(redirectedUrl(url))
                .andExpect(flash().attribute("notice", "已签收。"));
        assertThat(page("/office/plans/" + plan.planId() + "/acknowledgements", TestActors.office()))
                .contains("已签收 1 个单位")
                .contains("由 填报员" + agriculture + " 签收")
                .contains("未签收");
        mvc.perform(get(url).with(TestActors.office())).andExpect(status().isForbidden());
    }

    @Test
    void aUnitThatNoTaskOfThePlanNamesDoesNotSeeItsPages() throws Exception {
        long stranger = jdbc.sql("""
                        insert into responsible_unit (region_id, name, confirmed)
                        select region_id, '市外事办公室', true from responsible_unit where id = ? returning id""").param(agriculture).query(Long.class).single();
        int acknowledgements = jdbc.sql("select count(*) from plan_acknowledgement")
                .query(Integer.class)
                .single();
        for (String page : new String[] {"/acknowledge", "/extensions"}) {
            String url = "/my/plans/" + plan.planId() + page;
            mvc.perform(get(url).with(TestActors.reporter(stranger))).andExpect(status().isNotFound());
            mvc.perform(get(url).with(TestActors.reporter(agriculture))).andExpect(status().isOk());
        }
        mvc.perform(post("/my/plans/" + plan.planId() + "/acknowledge").with(TestActors.reporter(stranger)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from plan_acknowledgement")
                        .query(Integer.class)
                        .single())
                .isEqualTo(acknowledgements);
    }

    @Test
    void aUnitFilesAnExtensionAndTheOfficeGrantsIt() throws Exception {
        long june = juneOpen();
        String mine = "/my/plans/" + plan.planId() + "/extensions";
        mvc.perform(post(mine)
                        .with(TestActors.reporter(other))
                        .param("unitId", String.valueOf(agriculture))
                        .param("periodId", String.valueOf(june))
                        .param("taskId", String.valueOf(plan.taskId()))
                        .param("requestedDueOn", "2022-07-05")
                        .param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post(mine)
                        .with(TestActors.reporter(agriculture))
                        .param("periodId", String.valueOf(june))
                        .param("taskId", String.valueOf(plan.taskId()))
                        .param("requestedDueOn", "2022-07-05")
                        .param("reason", "数据待核定"))
                .andExpect(redirectedUrl(mine));
        long request = jdbc.sql("select id from extension_request where period_id = ?")
                .param(june)
                .query(Long.class)
                .single();
        assertThat(page(mine, TestActors.reporter(agriculture))).contains("待审批").contains("2022-07-05");
        mvc.perform(post("/office/plans/" + plan.planId() + "/extensions/" + request + "/grant")
                        .with(TestActors.office())
                        .param("version", "0")
                        .param("grantedDueOn", "2022-07-04"))
                .andExpect(flash().attribute("notice", "已同意延期申请 " + request + "。"));
        assertThat(page("/office/plans/" + plan.planId() + "/extensions", TestActors.office()))
                .contains("已同意")
                .contains("新截止日期 2022-07-04");
        assertThat(periods.dueDateFor(june, agriculture, plan.taskId(), true)).hasToString("2022-07-04");
    }
}
