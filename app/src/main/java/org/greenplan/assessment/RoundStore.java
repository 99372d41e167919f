package org.greenplan.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of {@code assessment_round} and {@code assessment_entry}; every update checks the row's version. */
@Component
class RoundStore {
    private static final String ROUND = """
            select id, plan_id, label, up_to_period_id, scored_on, weight_attainment, weight_timeliness,
                   weight_completeness, late_deduction, missing_deduction, bonus_cap, state, opened_at, opened_by,
                   published_at, published_by, version, recalculated_at from assessment_round""";
    private static final String ENTRY = """
            select e.id, e.round_id, e.unit_id, u.name, e.state, e.tasks, e.green, e.yellow, e.red, e.stagnant,
                   e.completed, e.cancelled, e.targets_met, e.targets_judged, e.reports_expected, e.reports_on_time,
                   e.reports_late, e.reports_missing, e.approved_tasks, e.attainment, e.timeliness, e.completeness,
                   e.late_deduction, e.missing_deduction, e.computed, e.bonus, e.bonus_reason, e.self_attainment,
                   e.self_timeliness, e.self_completeness, e.self_explanation, e.submitted_at, e.submitted_by,
                   e.final_score, e.adjustment_reason, e.return_reason, e.reviewed_at, e.reviewed_by, e.version,
                   e.basis_attainment, e.basis_timeliness, e.basis_completeness, e.basis_late_deduction,
                   e.basis_missing_deduction, e.basis_computed, e.reviewed_computed, e.recalculated_at,
                   e.previous_computed
            from assessment_entry e join responsible_unit u on u.id = e.unit_id""";

    private final JdbcClient jdbc;

    RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(long planId, String label, Long upTo, ScoreSheet sheet, Instant at, String by) {
        ScoringRules r = sheet.rules();
        return jdbc.sql("""
                        insert into assessment_round (plan_id, label, up_to_period_id, scored_on, weight_attainment,
                            weight_timeliness, weight_completeness, late_deduction, missing_deduction, bonus_cap,
                            opened_at, opened_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        planId,
                        label,
                        upTo,
                        sheet.on(),
                        r.weightAttainment(),
                        r.weightTimeliness(),
                        r.weightCompleteness(),
                        r.lateDeduction(),
                        r.missingDeduction(),
                        r.bonusCap(),
                        Timestamp.from(at),
                        by)
                .query(Long.class)
                .single();
    }

    void insertEntry(long roundId, UnitScore s) {
        jdbc.sql("""
                        insert into assessment_entry (round_id, unit_id, tasks, green, yellow, red, stagnant, completed,
                            cancelled, targets_met, targets_judged, reports_expected, reports_on_time, reports_late,
                            reports_missing, approved_tasks, attainment, timeliness, completeness, late_deduction,
                            missing_deduction, computed)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(withScores(List.of(roundId, s.unitId()), s, List.of()))
                .update();
    }

    /**
     * The score sheet's columns of an entry in the order the statements name them (tasks … missing_deduction,
     * computed), between the values that come before and after them.
     */
    static List<Object> withScores(List<?> before, UnitScore s, List<?> after) {
        List<Object> values = new java.util.ArrayList<>(before);
        values.addAll(java.util.Arrays.asList(
                s.tasks(),
                s.green(),
                s.yellow(),
                s.red(),
                s.stagnant(),
                s.completed(),
                s.cancelled(),
                s.targetsMet(),
                s.targetsJudged(),
                s.reportsExpected(),
                s.reportsOnTime(),
                s.reportsLate(),
                s.reportsMissing(),
                s.approvedTasks(),
                s.attainment(),
                s.timeliness(),
                s.completeness(),
                s.lateDeduction(),
                s.missingDeduction(),
                s.computed()));
        values.addAll(after);
        return values;
    }

    Optional<AssessmentRound> round(long roundId) {
        return jdbc.sql(ROUND + " where id = ?")
                .param(roundId)
                .query(RoundStore::round)
                .optional();
    }

    List<AssessmentRound> rounds(Long planId) {
        return planId == null
                ? jdbc.sql(ROUND + " order by opened_at desc, id desc")
                        .query(RoundStore::round)
                        .list()
                : jdbc.sql(ROUND + " where plan_id = ? order by opened_at desc, id desc")
                        .param(planId)
                        .query(RoundStore::round)
                        .list();
    }

    /** @return the round's entries, highest total first, ties by unit name */
    List<AssessmentEntry> entries(long roundId) {
        return jdbc.sql(ENTRY + " where e.round_id = ? order by coalesce(e.final_score, e.computed + e.bonus) desc,"
                        + " u.name")
                .param(roundId)
                .query(RoundStore::entry)
                .list();
    }

    Optional<AssessmentEntry> entry(long roundId, long unitId) {
        return jdbc.sql(ENTRY + " where e.round_id = ? and e.unit_id = ?")
                .params(roundId, unitId)
                .query(RoundStore::entry)
                .optional();
    }

    /** @return the rounds with an entry of the unit, newest first */
    List<AssessmentRound> roundsOfUnit(long unitId) {
        return jdbc.sql(ROUND + " where id in (select round_id from assessment_entry where unit_id = ?)"
                        + " order by opened_at desc, id desc")
                .param(unitId)
                .query(RoundStore::round)
                .list();
    }

    void submitSelf(AssessmentEntry e, SelfAssessment s, Instant at, String by) {
        checked(jdbc.sql("""
                        update assessment_entry set state = 'SUBMITTED', self_attainment = ?, self_timeliness = ?,
                            self_completeness = ?, self_explanation = ?, submitted_at = ?, submitted_by = ?,
                            basis_attainment = attainment, basis_timeliness = timeliness,
                            basis_completeness = completeness, basis_late_deduction = late_deduction,
                            basis_missing_deduction = missing_deduction, basis_computed = computed,
                            version = version + 1
                        where id = ? and version = ?""")
                .params(
                        s.attainment(),
                        s.timeliness(),
                        s.completeness(),
                        s.explanation().strip(),
                        Timestamp.from(at),
                        by,
                        e.id(),
                        e.version())
                .update());
    }

    void decide(AssessmentEntry e, EntryState state, BigDecimal finalScore, String reason, Instant at, String by) {
        checked(jdbc.sql("""
                        update assessment_entry set state = ?, final_score = ?, adjustment_reason = ?, reviewed_at = ?,
                            reviewed_by = ?, reviewed_computed = computed, version = version + 1
                        where id = ? and version = ?""")
                .params(state.name(), finalScore, reason, Timestamp.from(at), by, e.id(), e.version())
                .update());
    }

    void returnToUnit(AssessmentEntry e, String reason, Instant at, String by) {
        checked(jdbc.sql("""
                        update assessment_entry set state = 'RETURNED', return_reason = ?, reviewed_at = ?,
                            reviewed_by = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(reason, Timestamp.from(at), by, e.id(), e.version())
                .update());
    }

    void giveBonus(AssessmentEntry e, BigDecimal bonus, String reason) {
        checked(jdbc.sql("""
                        update assessment_entry set bonus = ?, bonus_reason = ?, version = version + 1
                        where id = ? and version = ?""").params(bonus, reason, e.id(), e.version()).update());
    }

    void publish(AssessmentRound round, Instant at, String by) {
        jdbc.sql("update assessment_entry set final_score = coalesce(final_score, computed + bonus) where round_id = ?")
                .param(round.id())
                .update();
        checked(jdbc.sql("""
                        update assessment_round set state = 'PUBLISHED', published_at = ?, published_by = ?,
                            version = version + 1
                        where id = ? and version = ? and state = 'OPEN'""")
                .params(Timestamp.from(at), by, round.id(), round.version())
                .update());
    }

    private static void checked(int rows) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("assessment changed meanwhile");
        }
    }

    private static AssessmentRound round(ResultSet rs, int row) throws SQLException {
        ScoringRules rules = new ScoringRules(
                rs.getLong(2),
                rs.getInt(6),
                rs.getInt(7),
                rs.getInt(8),
                rs.getBigDecimal(9),
                rs.getBigDecimal(10),
                rs.getBigDecimal(11),
                -1);
        return new AssessmentRound(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                (Long) rs.getObject(4, Long.class),
                rs.getDate(5).toLocalDate(),
                rules,
                RoundState.valueOf(rs.getString(12)),
                instant(rs, 13),
                rs.getString(14),
                instant(rs, 15),
                rs.getString(16),
                rs.getInt(17),
                instant(rs, 18));
    }

    private static AssessmentEntry entry(ResultSet rs, int row) throws SQLException {
        UnitScore score = new UnitScore(
                rs.getLong(3),
                rs.getString(4),
                rs.getInt(6),
                rs.getInt(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getInt(11),
                rs.getInt(12),
                rs.getInt(13),
                rs.getInt(14),
                rs.getInt(15),
                rs.getInt(16),
                rs.getInt(17),
                rs.getInt(18),
                rs.getInt(19),
                rs.getBigDecimal(20),
                rs.getBigDecimal(21),
                rs.getBigDecimal(22),
                rs.getBigDecimal(23),
                rs.getBigDecimal(24),
                rs.getBigDecimal(25));
        SelfAssessment self = rs.getString(31) == null
                ? null
                : new SelfAssessment(
                        rs.getBigDecimal(28), rs.getBigDecimal(29), rs.getBigDecimal(30), rs.getString(31));
        return new AssessmentEntry(
                rs.getLong(1),
                rs.getLong(2),
                score,
                EntryState.valueOf(rs.getString(5)),
                rs.getBigDecimal(26),
                rs.getString(27),
                self,
                instant(rs, 32),
                rs.getString(33),
                rs.getBigDecimal(34),
                rs.getString(35),
                rs.getString(36),
                instant(rs, 37),
                rs.getString(38),
                rs.getInt(39),
                basis(rs),
                rs.getBigDecimal(46),
                instant(rs, 47),
                rs.getBigDecimal(48));
    }

    private static ScoreBasis basis(ResultSet rs) throws SQLException {
        return rs.getBigDecimal(45) == null
                ? null
                : new ScoreBasis(
                        rs.getBigDecimal(40),
                        rs.getBigDecimal(41),
                        rs.getBigDecimal(42),
                        rs.getBigDecimal(43),
                        rs.getBigDecimal(44),
                        rs.getBigDecimal(45));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
