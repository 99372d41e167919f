package org.greenplan.targets.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenplan.targets.Aggregation;
import org.greenplan.targets.EvaluationSettings;
import org.greenplan.targets.Milestone;
import org.greenplan.targets.Pacing;
import org.greenplan.targets.ReportedValue;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores evaluation settings, milestones and reported values (tables of V3__target_evaluation.sql).
 * Callers hold the transaction.
 */
@Repository
public class TargetStore {
    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    TargetStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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
        return jdbc.sql("select " + VALUE_COLUMNS
                        + " from reported_value where target_id = ? order by period, entered_at, id")
                .param(targetId)
                .query((rs, i) -> value(rs))
                .list();
    }

    /**
     * Reads the values of many targets at once, in one statement whatever their number.
     *
     * @param targetIds the targets
     * @return target id → every value entered for it, by period, then entry time; a target without any
     *         value is absent
     */
    public Map<Long, List<ReportedValue>> valuesOf(Collection<Long> targetIds) {
        Map<Long, List<ReportedValue>> values = new HashMap<>();
        if (targetIds.isEmpty()) {
            return values;
        }
        jdbc.sql("select " + VALUE_COLUMNS + ", target_id from reported_value where target_id = any(?)"
                        + " order by target_id, period, entered_at, id")
                .param(targetIds.toArray(Long[]::new))
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong(10), id -> new ArrayList<>())
                            .add(value(rs));
                });
        return values;
    }

    /**
     * Reads the settings of many targets at once, in two statements whatever their number.
     *
     * @param targetIds the targets
     * @return target id → its settings; {@link EvaluationSettings#defaults()} for every target without saved
     *         ones (each target asked for is present)
     */
    public Map<Long, EvaluationSettings> settingsOf(Collection<Long> targetIds) {
        Map<Long, EvaluationSettings> settings = new HashMap<>();
        if (targetIds.isEmpty()) {
            return settings;
        }
        Long[] ids = targetIds.toArray(Long[]::new);
        Map<Long, List<Milestone>> milestones = new HashMap<>();
        jdbc.sql(
                        "select target_id, due_on, value from target_milestone where target_id = any(?) order by target_id, due_on")
                .param(ids)
                .query(rs -> {
                    milestones
                            .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Milestone(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)));
                });
        jdbc.sql(
                        "select baseline, aggregation, pacing, tolerance, target_id from target_setting where target_id = any(?)")
                .param(ids)
                .query(rs -> {
                    long id = rs.getLong(5);
                    settings.put(id, settings(rs, milestones.getOrDefault(id, List.of())));
                });
        targetIds.forEach(id -> settings.putIfAbsent(id, EvaluationSettings.defaults()));
        return settings;
    }

    /**
     * @param targetIds the targets
     * @return target id → the aggregation the office chose, only for targets with one (one statement)
     */
    public Map<Long, Aggregation> chosenAggregations(Collection<Long> targetIds) {
        Map<Long, Aggregation> chosen = new HashMap<>();
        if (targetIds.isEmpty()) {
            return chosen;
        }
        jdbc.sql(
                        "select target_id, aggregation from target_setting where target_id = any(?) and aggregation is not null")
                .param(targetIds.toArray(Long[]::new))
                .query(rs -> {
                    chosen.put(rs.getLong(1), Aggregation.valueOf(rs.getString(2)));
                });
        return chosen;
    }

    private static final String VALUE_COLUMNS =
            "id, period, value, approximate, entered_at, note, reason, withdrawn_at, withdrawal_reason";

    private static ReportedValue value(ResultSet rs) throws SQLException {
        return new ReportedValue(
                rs.getLong(1),
                rs.getObject(2, LocalDate.class),
                rs.getBigDecimal(3),
                rs.getBoolean(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(),
                rs.getString(6),
                rs.getString(7),
                instant(rs.getObject(8, OffsetDateTime.class)),
                rs.getString(9));
    }

    /** @return the version of the target's stored settings, 0 while none were saved */
    public int settingsVersion(long targetId) {
        return jdbc.sql("select version from target_setting where target_id = ?")
                .param(targetId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /**
     * Replaces the target's settings and milestone table when they are still at {@code expectedVersion}.
     *
     * @throws OptimisticLockingFailureException when someone saved them in between
     */
    public void saveSettings(long targetId, EvaluationSettings settings, int expectedVersion) {
        String aggregation =
                settings.aggregation() == null ? null : settings.aggregation().name();
        int rows = expectedVersion == 0
                ? jdbc.sql("""
                                insert into target_setting (target_id, baseline, aggregation, pacing, tolerance, updated_at)
                                values (?, ?, ?, ?, ?, now()) on conflict (target_id) do nothing""")
                        .params(
                                targetId,
                                settings.baseline(),
                                aggregation,
                                settings.pacing().name(),
                                settings.tolerance())
                        .update()
                : jdbc.sql("""
                                update target_setting set baseline = ?, aggregation = ?, pacing = ?, tolerance = ?,
                                    updated_at = now(), version = version + 1
                                where target_id = ? and version = ?""")
                        .params(
                                settings.baseline(),
                                aggregation,
                                settings.pacing().name(),
                                settings.tolerance(),
                                targetId,
                                expectedVersion)
                        .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException(
                    "settings of target " + targetId + " changed since version " + expectedVersion);
        }
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

    /** Appends a value from an approved progress report (source PROGRESS_REPORT, the report's id kept). */
    public void addReportedValue(
            long targetId, LocalDate period, BigDecimal value, boolean approximate, long progressReportId) {
        jdbc.sql("""
                insert into reported_value (target_id, period, value, approximate, source, progress_report_id)
                values (?, ?, ?, ?, 'PROGRESS_REPORT', ?)""")
                .params(targetId, period, value, approximate, progressReportId)
                .update();
    }

    /**
     * Appends values of approved progress reports in JDBC batches (a bulk load), each entered at its
     * approval; the same rows as {@link #addReportedValue} one by one.
     */
    public void addReportedValues(List<ApprovedValue> values) {
        batch.batchUpdate(
                """
                insert into reported_value (target_id, period, value, approximate, source, progress_report_id, entered_at)
                values (?, ?, ?, ?, 'PROGRESS_REPORT', ?, ?)""",
                values.stream()
                        .map(v -> new Object[] {
                            v.targetId(),
                            v.period(),
                            v.value(),
                            v.approximate(),
                            v.progressReportId(),
                            java.sql.Timestamp.from(v.enteredAt())
                        })
                        .toList());
    }

    /** A value of an approved report, for {@link #addReportedValues}. */
    public record ApprovedValue(
            long targetId,
            LocalDate period,
            BigDecimal value,
            boolean approximate,
            long progressReportId,
            java.time.Instant enteredAt) {}

    /**
     * Appends a correction (更正) of the period's counted entry: a new entry with the reason, pointing at
     * the one it corrects; the old entry stays as history.
     *
     * @return the id of the entry corrected
     * @throws java.util.NoSuchElementException when the period has no counted entry to correct
     */
    public long addCorrection(
            long targetId, LocalDate period, BigDecimal value, boolean approximate, String note, String reason) {
        long corrected = countedEntry(targetId, period)
                .orElseThrow(() -> new java.util.NoSuchElementException("no value reported for " + period));
        jdbc.sql("""
                insert into reported_value (target_id, period, value, approximate, note, reason, corrects_id)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(targetId, period, value, approximate, note, reason, corrected)
                .update();
        return corrected;
    }

    /**
     * Withdraws (撤回) the period's value: every entry of the period not yet withdrawn is marked with the
     * reason and stops counting; nothing is deleted.
     *
     * @return how many entries were marked
     * @throws java.util.NoSuchElementException when the period has no counted entry
     */
    public int withdraw(long targetId, LocalDate period, String reason) {
        countedEntry(targetId, period)
                .orElseThrow(() -> new java.util.NoSuchElementException("no value reported for " + period));
        int marked = jdbc.sql("""
                update reported_value set withdrawn_at = now(), withdrawal_reason = ?
                where target_id = ? and period = ? and withdrawn_at is null""").params(reason, targetId, period).update();
        return marked;
    }

    private java.util.Optional<Long> countedEntry(long targetId, LocalDate period) {
        return jdbc.sql("""
                select id from reported_value where target_id = ? and period = ? and withdrawn_at is null
                order by entered_at desc, id desc limit 1""").params(targetId, period).query(Long.class).optional();
    }

    private static java.time.Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
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
