package org.greenplan.targets.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.greenplan.targets.Aggregation;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.Milestone;
import org.greenplan.targets.Pacing;
import org.greenplan.targets.ReportedValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores evaluation settings, milestones and reported values (tables of V3__target_evaluation.sql).
 * Callers hold the transaction.
 */
@Repository
public class TargetStore {
    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the target's settings, or {@link EvaluationSettings#defaults()} when none were saved */
    public EvaluationSettings settings(long targetId) {
        List<Milestone> milestones = jdbc.sql(
                        "select due_on, value from target_milestone where target_id = ? order by due_on")
                .param(targetId)
                .query((rs, i) -> new Milestone(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)))
                .list();
        return jdbc.sql("select baseline, aggregation, pacing, tolerance from target_setting where target_id = ?")
                .param(targetId)
                .query((rs, i) -> settings(rs, milestones))
                .optional()
                .orElseGet(EvaluationSettings::defaults);
    }

    /** @return every value entered for the target, by period, then entry time */
    public List<ReportedValue> values(long targetId) {
        return jdbc.sql("""
                select period, value, approximate, entered_at, note from reported_value
                where target_id = ? order by period, entered_at, id""")
                .param(targetId)
                .query((rs, i) -> new ReportedValue(
                        rs.getObject(1, LocalDate.class),
                        rs.getBigDecimal(2),
                        rs.getBoolean(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getString(5)))
                .list();
    }

    /** Replaces the target's settings and milestone table. */
    public void saveSettings(long targetId, EvaluationSettings settings) {
        jdbc.sql("""
                insert into target_setting (target_id, baseline, aggregation, pacing, tolerance, updated_at)
                values (?, ?, ?, ?, ?, now())
                on conflict (target_id) do update set baseline = excluded.baseline, aggregation = excluded.aggregation,
                    pacing = excluded.pacing, tolerance = excluded.tolerance, updated_at = now()""")
                .params(
                        targetId,
                        settings.baseline(),
                        settings.aggregation() == null
                                ? null
                                : settings.aggregation().name(),
                        settings.pacing().name(),
                        settings.tolerance())
                .update();
        jdbc.sql("delete from target_milestone where target_id = ?")
                .param(targetId)
                .update();
        for (Milestone m : settings.milestones()) {
            jdbc.sql("insert into target_milestone (target_id, due_on, value) values (?, ?, ?)")
                    .params(targetId, m.date(), m.value())
                    .update();
        }
    }

    /** Appends a value; earlier entries for the same period stay as history. */
    public void addValue(long targetId, LocalDate period, BigDecimal value, boolean approximate, String note) {
        jdbc.sql("""
                insert into reported_value (target_id, period, value, approximate, note)
                values (?, ?, ?, ?, ?)""").params(targetId, period, value, approximate, note).update();
    }

    private static EvaluationSettings settings(ResultSet rs, List<Milestone> milestones) throws SQLException {
        String aggregation = rs.getString(2);
        return new EvaluationSettings(
                rs.getBigDecimal(1),
                aggregation == null ? null : Aggregation.valueOf(aggregation),
                Pacing.valueOf(rs.getString(3)),
                milestones,
                rs.getBigDecimal(4));
    }
}
