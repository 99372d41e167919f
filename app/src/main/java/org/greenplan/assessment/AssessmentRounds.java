package org.greenplan.assessment;

import java.time.Clock;
import java.util.List;
import org.greenplan.accounts.Actor;
import org.greenplan.accounts.Role;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment rounds (考核轮次): the office opens a round for a plan, which takes every unit's score with the
 * plan's current rules and stores it with its breakdown; while the round is open its computed parts follow
 * the data ({@link RoundRecalculation}: reports approved or returned, close-outs, extensions, targets and
 * settings), under the rules copied when it opened; units self-assess and the office reviews ({@link
 * AssessmentReview}); the office publishes the result once every unit's score is decided, after which nothing
 * changes it. Each change is one transaction and audited.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentRounds {
    /** The longest round name accepted, in characters. */
    public static final int MAX_LABEL = 100;

    private final RoundStore store;
    private final RecalculationStore locks;
    private final Assessments assessments;
    private final PlanCatalog catalog;
    private final ReportingPeriods periods;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentRounds(
            RoundStore store,
            RecalculationStore locks,
            Assessments assessments,
            PlanCatalog catalog,
            ReportingPeriods periods,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.locks = locks;
        this.assessments = assessments;
        this.catalog = catalog;
        this.periods = periods;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a round: stores each unit's score under the plan's current rules.
     *
     * @param label      its name, 1–100 characters
     * @param upToPeriod the period to score up to, or null for the plan year
     * @return the new round's id
     * @throws AccessDeniedException unless the office
     * @throws NotFoundException     when there is no such plan or the period is not the plan's
     * @throws AssessmentRefusal     when the plan is not published, already has an open round, or the label
     *                               is empty or too long
     */
    @Transactional
    public long open(Actor actor, long planId, String label, Long upToPeriod) {
        requireOffice(actor);
        PlanSummary plan = catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
        if (!plan.published()) {
            throw new AssessmentRefusal("assessment.round.notPublished");
        }
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > MAX_LABEL) {
            throw new AssessmentRefusal("assessment.round.labelInvalid", MAX_LABEL);
        }
        // a change of the plan's data committing meanwhile is either in these scores or recalculates them
        locks.holdPlanExclusive(planId);
        if (store.rounds(planId).stream().anyMatch(r -> !r.published())) {
            throw new AssessmentRefusal("assessment.round.alreadyOpen");
        }
        ScoreSheet sheet = assessments.sheet(actor, planId, upToPeriod);
        long roundId = store.insertRound(planId, name, upToPeriod, sheet, clock.instant(), actor.displayName());
        sheet.scores().forEach(score -> store.insertEntry(roundId, score));
        audit.record(AuditSubject.of("ASSESSMENT_ROUND", roundId), "ASSESSMENT_ROUND_OPENED", name, null);
        return roundId;
    }

    /**
     * Publishes the round's result: every score becomes final and read-only.
     *
     * @param version the round's version the page was read at
     * @throws AssessmentRefusal when the round is already published or a unit's score is not decided
     * @throws org.springframework.dao.OptimisticLockingFailureException when the round changed meanwhile
     */
    @Transactional
    public void publish(Actor actor, long roundId, int version) {
        requireOffice(actor);
        locks.lockRound(roundId);
        RoundView view = view(roundId);
        if (view.round().published()) {
            throw new AssessmentRefusal("assessment.round.published");
        }
        if (view.round().version() != version) {
            throw new org.springframework.dao.OptimisticLockingFailureException("round " + roundId);
        }
        if (view.undecided() > 0) {
            throw new AssessmentRefusal("assessment.round.undecided", view.undecided());
        }
        store.publish(view.round(), clock.instant(), actor.displayName());
        audit.record(
                AuditSubject.of("ASSESSMENT_ROUND", roundId),
                "ASSESSMENT_ROUND_PUBLISHED",
                view.round().label(),
                null);
    }

    /**
     * @param planId the plan, or null for every plan
     * @return the rounds, newest first
     * @throws AccessDeniedException unless the office or a leader
     */
    public List<AssessmentRound> rounds(Actor actor, Long planId) {
        requireReader(actor);
        return store.rounds(planId);
    }

    /**
     * @return the round with every unit's entry, ranked
     * @throws AccessDeniedException unless the office or a leader
     * @throws NotFoundException     when there is no such round
     */
    public RoundView round(Actor actor, long roundId) {
        requireReader(actor);
        return view(roundId);
    }

    /**
     * @return the rounds in which the actor's unit is assessed, newest first
     * @throws AccessDeniedException unless the actor speaks for a unit
     */
    public List<AssessmentRound> roundsOfMyUnit(Actor actor) {
        return store.roundsOfUnit(unitOf(actor));
    }

    RoundView view(long roundId) {
        AssessmentRound round = store.round(roundId)
                .orElseThrow(() -> new NotFoundException("assessment.notFound.round", String.valueOf(roundId)));
        String title = catalog.plan(round.planId()).map(PlanSummary::title).orElse("");
        String period = round.upToPeriod() == null
                ? null
                : periods.find(round.upToPeriod()).map(p -> p.label()).orElse(null);
        return new RoundView(round, title, period, store.entries(roundId));
    }

    static void requireOffice(Actor actor) {
        if (!actor.isOffice()) {
            throw new AccessDeniedException(actor.username() + " is not the office");
        }
    }

    static void requireReader(Actor actor) {
        if (!actor.isOffice() && !actor.has(Role.LEADER)) {
            throw new AccessDeniedException(actor.username() + " may not read every unit's assessment");
        }
    }

    /** @return the unit the actor speaks for (a unit's reporter or leader, or the office acting as a unit) */
    static long unitOf(Actor actor) {
        boolean unitUser = actor.has(Role.UNIT_REPORTER) || actor.has(Role.UNIT_LEADER) || actor.actingAs();
        if (actor.unitId() == null || !unitUser) {
            throw new AccessDeniedException(actor.username() + " speaks for no unit");
        }
        return actor.unitId();
    }
}
