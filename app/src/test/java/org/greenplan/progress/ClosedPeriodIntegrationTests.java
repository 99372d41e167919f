package org.greenplan.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenplan.progress.ReportFixture.reporter;

import java.util.Map;
import java.util.Set;
import org.greenplan.IntegrationTest;
import org.greenplan.periods.PeriodLockedException;
import org.greenplan.planimport.PlanImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A closed period refuses every write, with who closed it and why; a lock exception reopens one unit. */
@IntegrationTest
class ClosedPeriodIntegrationTests {
    @Autowired
    ProgressReports reports;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClosedPeriodRefusesDraftsAndSubmissionsWithTheReason() {
        ReportFixture f = ReportFixture.publish(importer, jdbc, "CLOSED");
        ReportInput input = new ReportInput("进展", "", "", "", Map.of(f.straw().targetId(), "88.5"), Set.of());

        assertThatThrownBy(() -> reports.submit(reporter(f.strawUnitId()), f.strawKey(), input, 0))
                .isInstanceOfSatisfying(PeriodLockedException.class, e -> {
                    assertThat(e.period().closeReason()).isEqualTo("6月调度已结束");
                    assertThat(e.period().closedBy()).isEqualTo("市绿色办");
                });
        assertThatThrownBy(() -> reports.saveDraft(reporter(f.strawUnitId()), f.strawKey(), input, 0))
                .isInstanceOf(PeriodLockedException.class);
        assertThat(jdbc.sql("select count(*) from progress_report")
                        .query(Long.class)
                        .single())
                .isZero();

        jdbc.sql(
                        "insert into period_lock_exception (period_id, unit_id, task_id, reason, granted_by) values (?, ?, ?, ?, ?)")
                .params(f.periodId(), f.strawUnitId(), f.straw().taskId(), "补报", "市绿色办")
                .update();
        assertThat(reports.submit(reporter(f.strawUnitId()), f.strawKey(), input, 0)
                        .state())
                .isEqualTo(ReportState.SUBMITTED);
    }
}
