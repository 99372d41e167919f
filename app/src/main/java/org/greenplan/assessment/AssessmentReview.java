package org.greenplan.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.audit.FieldChange;
import org.greenplan.plan.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transitions of one unit's entry in an open round: the unit's self-assessment (自评), the office's
 * acceptance, adjustment (with a reason), return (with a reason) and bonus (with a reason, capped). Each is
 * guarded by the entry's state and version, runs in one transaction and is audited. A unit reads and writes
 * only its own entry; the unit is taken from the {@link Actor}, never from the request.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentReview {
    /** The longest reason accepted, in characters. */
    public static final int MAX_REASON = 500;

    private final RoundStore store;
    private final AssessmentRounds rounds;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentReview(RoundStore store, AssessmentRounds rounds, AuditTrail audit, Clock clock) {
        this.store = store;
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @return the actor's unit's entry in the round
     * @throws AccessDeniedException unless the actor speaks for a unit
     * @throws NotFoundException     when there is no such round or it does not assess the actor's unit
     */
    public EntryView mine(Actor actor, long roundId) {
        return view(roundId, AssessmentRounds.unitOf(actor));
    }

    /**
     * @return the unit's entry in the round, for the office or a leader
     * @throws AccessDeniedException unless the office or a leader
     * @throws NotFoundException     when there is no such round or unit in it
     */
    public EntryView of(Actor actor, long roundId, long unitId) {
        AssessmentRounds.requireReader(actor);
        return view(roundId, unitId);
    }

    /**
     * The unit submits its self-assessment: the first time, again after a return, or as a revision while it
     * awaits the office when its computed score changed since it was submitted ({@link
     * AssessmentEntry#mayRevise()}). The computed parts it saw are kept with it ({@link ScoreBasis}).
     *
     * @throws AssessmentRefusal when an item is out of range, the round is published or the entry is already
     *                           submitted (and unchanged since) or decided
     * @throws OptimisticLockingFailureException when the entry changed since {@code version}
     */
    @Transactional
    public void submitSelf(Actor actor, long roundId, SelfAssessment self, int version) {
        EntryView view = mine(actor, roundId);
        AssessmentEntry entry = writable(view, version);
        self.check();
        if (!entry.mayRevise()) {
            throw new AssessmentRefusal(
                    "assessment.self.notSubmittable", entry.state().name());
        }
        store.submitSelf(entry, self, clock.instant(), actor.displayName());
        int rows = audit.recordChanges(
                subject(entry),
                "ASSESSMENT_SELF_SUBMITTED",
                List.of(
                        new FieldChange("selfAttainment", plain(entry.self(), 0), number(self.attainment())),
                        new FieldChange("selfTimeliness", plain(entry.self(), 1), number(self.timeliness())),
                        new FieldChange("selfCompleteness", plain(entry.self(), 2), number(self.completeness())),
                        new FieldChange(
                                "selfExplanation",
                                entry.self() == null ? null : entry.self().explanation(),
                                self.explanation().strip())),
                null);
        if (rows == 0) {
            audit.record(subject(entry), "ASSESSMENT_SELF_SUBMITTED", null);
        }
    }

    /** The office accepts the computed score (plus the bonus). Same refusals as {@link #adjust}. */
    @Transactional
    public void accept(Actor actor, long roundId, long unitId, int version) {
        AssessmentRounds.requireOffice(actor);
        AssessmentEntry entry = writable(view(roundId, unitId), version);
        store.decide(entry, EntryState.ACCEPTED, null, null, clock.instant(), actor.displayName());
        audit.record(subject(entry), "ASSESSMENT_ACCEPTED", null);
    }

    /**
     * The office sets the unit's score itself.
     *
     * @param score  the score in points, 0–200, at most two decimals
     * @param reason why, required
     * @throws AccessDeniedException unless the office
     * @throws AssessmentRefusal     when the score or reason is out of range or the round is published
     * @throws OptimisticLockingFailureException when the entry changed since {@code version}
     */
    @Transactional
    public void adjust(Actor actor, long roundId, long unitId, BigDecimal score, String reason, int version) {
        AssessmentRounds.requireOffice(actor);
        AssessmentEntry entry = writable(view(roundId, unitId), version);
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(200)) > 0 || score.scale() > 2) {
            throw new AssessmentRefusal("assessment.review.scoreRange");
        }
        String why = reason(reason);
        store.decide(entry, EntryState.ADJUSTED, score, why, clock.instant(), actor.displayName());
        audit.recordChanges(
                subject(entry),
                "ASSESSMENT_ADJUSTED",
                List.of(new FieldChange("score", entry.total().toPlainString(), score.toPlainString())),
                why);
    }

    /**
     * The office returns a submitted self-assessment to the unit.
     *
     * @throws AssessmentRefusal when the entry is not SUBMITTED, the reason is missing or the round published
     */
    @Transactional
    public void returnToUnit(Actor actor, long roundId, long unitId, String reason, int version) {
        AssessmentRounds.requireOffice(actor);
        AssessmentEntry entry = writable(view(roundId, unitId), version);
        if (entry.state() != EntryState.SUBMITTED) {
            throw new AssessmentRefusal("assessment.review.notSubmitted");
        }
        String why = reason(reason);
        store.returnToUnit(entry, why, clock.instant(), actor.displayName());
        audit.record(subject(entry), "ASSESSMENT_RETURNED", why);
    }

    /**
     * The office gives the unit bonus points (加分); 0 removes them. An adjusted score stays as set.
     *
     * @param bonus the points, 0 to the round's cap, at most two decimals
     * @throws AssessmentRefusal when over the cap, without a reason, or the round is published
     */
    @Transactional
    public void bonus(Actor actor, long roundId, long unitId, BigDecimal bonus, String reason, int version) {
        AssessmentRounds.requireOffice(actor);
        EntryView view = view(roundId, unitId);
        AssessmentEntry entry = writable(view, version);
        BigDecimal cap = view.round().rules().bonusCap();
        if (bonus == null || bonus.signum() < 0 || bonus.compareTo(cap) > 0 || bonus.scale() > 2) {
            throw new AssessmentRefusal("assessment.review.bonusRange", cap.toPlainString());
        }
        String why = bonus.signum() == 0 && (reason == null || reason.isBlank()) ? null : reason(reason);
        store.giveBonus(entry, bonus, why);
        audit.recordChanges(
                subject(entry),
                "ASSESSMENT_BONUS",
                List.of(new FieldChange("bonus", entry.bonus().toPlainString(), bonus.toPlainString())),
                why);
    }

    private EntryView view(long roundId, long unitId) {
        RoundView round = rounds.view(roundId);
        AssessmentEntry entry = round.entries().stream()
                .filter(e -> e.unitId() == unitId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("assessment.notFound.entry", String.valueOf(roundId)));
        return new EntryView(round.round(), round.planTitle(), round.periodLabel(), entry);
    }

    private static AssessmentEntry writable(EntryView view, int version) {
        if (view.round().published()) {
            throw new AssessmentRefusal("assessment.round.published");
        }
        if (view.entry().version() != version) {
            throw new OptimisticLockingFailureException(
                    "assessment entry " + view.entry().id());
        }
        return view.entry();
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new AssessmentRefusal("assessment.review.reasonInvalid", MAX_REASON);
        }
        return why;
    }

    private static AuditSubject subject(AssessmentEntry entry) {
        return new AuditSubject("ASSESSMENT_ENTRY", entry.id(), null, entry.unitId());
    }

    private static String plain(SelfAssessment self, int item) {
        if (self == null) {
            return null;
        }
        return number(item == 0 ? self.attainment() : item == 1 ? self.timeliness() : self.completeness());
    }

    /** @return the number without trailing zeros, so that 90.00 stored and 90 typed are one value */
    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
