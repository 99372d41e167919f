package org.greenplan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.greenplan.CountingStatements;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.planimport.PlanImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The submission matrix reads a period with a fixed handful of SQL statements, not a few per cell: counted on
 * the connection for the 宿州 scenario's June period (34 tasks, every unit they name), with a granted extension
 * that must still move its unit's deadline.
 */
@IntegrationTest
@Import(CountingStatements.class)
class SubmissionMatrixQueriesIntegrationTests {
    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    SubmissionMatrix matrix;

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void readsAPeriodWithAFewStatementsWhateverItsNumberOfCells() {
        SupervisionScenario scenario = SupervisionScenario.build(importer, jdbc, reports);
        long june = scenario.periodIds().get(2);
        long task = scenario.taskIds().get(5);
        long unit = jdbc.sql("select unit_id from assignment where task_id = ? order by position limit 1")
                .param(task)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into extension_request (period_id, unit_id, task_id, original_due_on, requested_due_on,
                            reason, filed_at, filed_by, state, granted_due_on, decided_by, decided_at)
                        values (?, ?, ?, date '2022-06-27', date '2022-07-08', '汛期', now(), '填报员', 'GRANTED',
                            date '2022-07-06', '市绿色办', now())""").params(june, unit, task).update();

        CountingStatements.Counted<SubmissionMatrix.Matrix> counted = CountingStatements.during(
                () -> matrix.of(SupervisionScenario.office(), scenario.straw().planId(), june));
        SubmissionMatrix.Matrix read = counted.value();
        int statements = counted.statements();

        assertThat(read.cells()).hasSizeGreaterThan(40);
        assertThat(statements)
                .as("SQL statements for %d cells", read.cells().size())
                .isLessThanOrEqualTo(12);
        assertThat(read.cells().values().stream()
                        .filter(c -> c.unitId() == unit && c.taskId() == task)
                        .findFirst()
                        .orElseThrow()
                        .due()
                        .dueOn())
                .isEqualTo(LocalDate.of(2022, 7, 6));
    }
}
