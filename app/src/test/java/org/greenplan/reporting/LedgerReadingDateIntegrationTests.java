package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.accounts.TestActors;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.Supervision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A ledger read on a date before a unit's latest approved report (a past {@code ?on=}, or a running period
 * reported early) shows what was approved up to that date: the unit's earlier approved report stays in 进展情况
 * and counts for the 状态 note, as it counts for the task's status. Regression: the ledger read each unit's latest
 * approved report of any period and then dropped it as later than the date, losing the earlier one.
 */
@IntegrationTest
class LedgerReadingDateIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Autowired
    MessageSource messages;

    SupervisionScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLedgerReadInThePastShowsTheReportApprovedUpToItsDateThoughALaterOneIsApproved() throws Exception {
        // approved for April, May and June by its only unit (June: 60 %, not complete)
        int task = approvedEveryMonth();
        Row may31 = rows("2022-05-31").get(task);

        assertThat(may31.getCell(8).getStringCellValue())
                .as("May's approved text, though June's is approved too")
                .endsWith("（2022-05）：完成 60%。5月：按计划推进，完成阶段工作。");
        assertStatusIsSupervisions(may31, task, LocalDate.of(2022, 5, 31));
    }

    @Test
    void aRunningPeriodReportedEarlyLeavesTheLastDuePeriodsReportInProgressAndNotMissing() throws Exception {
        int task = approvedEveryMonth();
        Row june20 = rows("2022-06-20").get(task);

        assertThat(june20.getCell(8).getStringCellValue()).endsWith("（2022-05）：完成 60%。5月：按计划推进，完成阶段工作。");
        assertThat(june20.getCell(9).getStringCellValue().lines().toList())
                .as("May was reported and approved; June is not due yet")
                .hasSize(1);
        assertStatusIsSupervisions(june20, task, LocalDate.of(2022, 6, 20));
        assertThat(rows("2022-06-30").get(task).getCell(8).getStringCellValue())
                .endsWith("（2022-06）：完成 90%。6月：按计划推进，完成阶段工作。");
    }

    private void assertStatusIsSupervisions(Row row, int task, LocalDate on) {
        SupervisedTask supervised = supervision
                .ofTask(scenario.straw().planId(), scenario.taskIds().get(task), on)
                .orElseThrow();
        assertThat(row.getCell(9).getStringCellValue().lines().findFirst().orElseThrow())
                .isEqualTo(messages.getMessage(supervised.status().messageKey(), null, Locale.SIMPLIFIED_CHINESE));
        assertThat(supervised.reasons()).noneMatch(r -> r.code().equals("REPORT_MISSING"));
    }

    /** @return the first task whose only unit reported every month and had each report approved */
    private int approvedEveryMonth() {
        for (int i = 0; i < scenario.taskIds().size(); i++) {
            long taskId = scenario.taskIds().get(i);
            int units = jdbc.sql("select count(*) from assignment where task_id = ?")
                    .param(taskId)
                    .query(Integer.class)
                    .single();
            int approved = jdbc.sql("select count(*) from progress_report where task_id = ? and state = 'APPROVED'")
                    .param(taskId)
                    .query(Integer.class)
                    .single();
            if (units == 1 && approved == 3 && i % 7 != 0) {
                return i;
            }
        }
        throw new AssertionError("no task of the scenario approved every month");
    }

    private List<Row> rows(String on) throws Exception {
        byte[] xlsx = mvc.perform(
                        get("/plans/{id}/ledger.xlsx?on=" + on, scenario.straw().planId())
                                .with(TestActors.office()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<Row> rows = new java.util.ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                rows.add(sheet.getRow(r));
            }
            return rows;
        }
    }
}
