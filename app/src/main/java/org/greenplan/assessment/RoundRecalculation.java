package org.greenplan.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recalculates a plan's open assessment round (考核得分重新计算) when its data change: the computed parts of
 * every unit's score (target attainment, timeliness, completeness, deductions for late and missing reports)
 * are taken again exactly as {@link Assessments#sheet} takes them, under the rules copied into the round when
 * it opened. What people entered is kept: the self-assessment, the office's decision, adjusted score, bonus
 * and reasons. Each changed entry keeps its previous computed score and when it changed, so the unit sees the
 * change since it submitted (old → new) and may revise its self-assessment. A published round is final and is
 * never recalculated.
 *
 * <p>Runs in the transaction that changed the data (see {@code RecalculationTriggers}), so a committed change
 * and the scores that follow from it are stored together and no page shows a stale score. Only the plan's one
 * open round is computed: a plan without one costs one lock and one query. A recalculation that changed any
 * unit's score is audited once for the round ({@code ASSESSMENT_ROUND_RECALCULATED}, naming each unit's
 * computed score before and after), not once per unit.
 */
@Service
@Transactional(readOnly = true)
public class RoundRecalculation {
    /** The actor of a recalculation's reads: the system, with the office's right to read every unit. */
    static final Actor SYSTEM = new Actor(0, "greenplan", "GreenPlan", null, Set.of(Role.OFFICE_ADMIN), false);

    private final RecalculationStore store;
    private final RoundStore rounds;
    private final Assessments assessments;
    private final AuditTrail audit;
    private final Clock clock;

    RoundRecalculation(
            RecalculationStore store, RoundStore rounds, Assessments assessments, AuditTrail audit, Clock clock) {
        this.store = store;
        this.rounds = rounds;
        this.assessments = assessments;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One unit's computed score before and after a recalculation.
     *
     * @param unitId   the unit
     * @param unitName its name
     * @param before   the computed score before, in points; null for a unit the plan newly names
     * @param after    after; null for a unit the plan no longer names (its untouched entry was removed)
     */
    public record UnitChange(long unitId, String unitName, BigDecimal before, BigDecimal after) {}

    /**
     * @param roundId the round recalculated
     * @param changes the units whose computed parts changed (an empty list when none did)
     */
    public record Recalculation(long roundId, List<UnitChange> changes) {
        public Recalculation {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Recalculates the plan's open round, if it has one.
     *
     * @param planId the plan whose data changed
     * @return what changed, or empty when the plan has no open round
     */
    @Transactional
    public Optional<Recalculation> recalculate(long planId) {
        store.holdPlanShared(planId);
        Optional<Long> open = store.lockOpenRound(planId);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        AssessmentRound round = rounds.round(open.get()).orElseThrow();
        ScoreSheet sheet = assessments.sheet(SYSTEM, planId, round.upToPeriod(), round.rules());
        List<UnitChange> changes = store(round, sheet);
        if (!changes.isEmpty() || !sheet.on().equals(round.scoredOn())) {
            store.recalculated(round.id(), sheet.on(), changes.isEmpty() ? null : clock.instant());
        }
        if (!changes.isEmpty()) {
            audit.record(
                    AuditSubject.of("ASSESSMENT_ROUND", round.id()),
                    "ASSESSMENT_ROUND_RECALCULATED",
                    describe(changes),
                    null);
        }
        return Optional.of(new Recalculation(round.id(), changes));
    }

    /**
     * Recalculates the open round of every plan (a change of the working-day calendar or of global settings,
     * and once a day, since scores taken on today's date move with it).
     *
     * @return one result per open round
     */
    @Transactional
    public List<Recalculation> recalculateEveryOpenRound() {
        List<Recalculation> done = new ArrayList<>();
        for (long planId : store.plansWithOpenRounds()) {
            recalculate(planId).ifPresent(done::add);
        }
        return done;
    }

    private List<UnitChange> store(AssessmentRound round, ScoreSheet sheet) {
        Map<Long, AssessmentEntry> entries = new LinkedHashMap<>();
        rounds.entries(round.id()).forEach(e -> entries.put(e.unitId(), e));
        Instant now = clock.instant();
        List<UnitChange> changes = new ArrayList<>();
        for (UnitScore score : sheet.scores()) {
            AssessmentEntry entry = entries.remove(score.unitId());
            if (entry == null) {
                rounds.insertEntry(round.id(), score);
                changes.add(new UnitChange(score.unitId(), score.unitName(), null, score.computed()));
            } else if (!entry.score().equals(score)) {
                store.rescore(entry.id(), score, now);
                changes.add(new UnitChange(
                        score.unitId(), score.unitName(), entry.score().computed(), score.computed()));
            }
        }
        for (AssessmentEntry gone : entries.values()) {
            if (untouched(gone)) {
                store.dropEntry(gone.id());
                changes.add(new UnitChange(
                        gone.unitId(), gone.score().unitName(), gone.score().computed(), null));
            }
        }
        return changes;
    }

    /** @return whether nobody entered anything for the entry yet (no self-assessment, decision or bonus) */
    private static boolean untouched(AssessmentEntry entry) {
        return entry.state() == EntryState.PENDING
                && entry.self() == null
                && entry.bonus().signum() == 0
                && entry.finalScore() == null;
    }

    /** @return e.g. {@code 市农业农村局 82.50 → 83.00; 市林业局 — → 100.00} */
    static String describe(List<UnitChange> changes) {
        return changes.stream()
                .map(c -> c.unitName() + " " + points(c.before()) + " → " + points(c.after()))
                .collect(Collectors.joining("; "));
    }

    private static String points(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}
