package org.greenplan.briefing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenplan.accounts.Actor;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.NotFoundException;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.TaskView;
import org.greenplan.plan.view.UnitTaskCount;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.progress.SubmissionMatrix;
import org.greenplan.supervision.Supervision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what a briefing prints, in one read-only repeatable-read transaction (so the chunks read one state of
 * the plan): statuses from {@link Supervision#inChunks} on the period's reading date, {@value #CHUNK_TASKS}
 * tasks at a time, kept by a {@link BriefingTally} as small worded rows; the period's {@link SubmissionMatrix};
 * and the approved progress texts of the good examples printed only. A province plan's reports and target
 * values are thus never held whole.
 *
 * <p>Setting {@code greenplan.briefing.max-rows} (default {@value RowBound#DEFAULT}; 0 lists every row): the most
 * rows each table of the briefing lists ({@link RowBound}).
 */
@Component
class BriefingSources {
    /** Tasks supervised at a time (as the ledger's export). */
    static final int CHUNK_TASKS = 500;

    private final PlanCatalog catalog;
    private final ReportingPeriods periods;
    private final Supervision supervision;
    private final SubmissionMatrix submissions;
    private final ApprovedProgress approved;
    private final DocumentTexts texts;
    private final RowBound bound;

    BriefingSources(
            PlanCatalog catalog,
            ReportingPeriods periods,
            Supervision supervision,
            SubmissionMatrix submissions,
            ApprovedProgress approved,
            MessageSource messages,
            @Value("${greenplan.briefing.max-rows:" + RowBound.DEFAULT + "}") int maxRows) {
        this.catalog = catalog;
        this.periods = periods;
        this.supervision = supervision;
        this.submissions = submissions;
        this.approved = approved;
        this.texts = new DocumentTexts(messages);
        this.bound = RowBound.of(maxRows);
    }

    /**
     * @throws NotFoundException when the plan or the period (of that plan) does not exist
     * @throws org.springframework.security.access.AccessDeniedException unless the actor is the office or a leader
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    BriefingComposer.Sources read(Actor actor, long planId, long periodId) {
        return read(actor, planId, periodId, bound, CHUNK_TASKS);
    }

    /** As {@link #read(Actor, long, long)} with another bound and chunk size (tests). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    BriefingComposer.Sources read(Actor actor, long planId, long periodId, RowBound rows, int chunkTasks) {
        PlanSummary plan = catalog.plan(planId).orElseThrow(() -> NotFoundException.plan(planId));
        ReportingPeriod period = period(planId, periodId);
        LocalDate on = supervision.asOf(period);
        List<UnitTaskCount> units = catalog.units(planId);
        Map<Long, String> unitNames = new HashMap<>();
        units.forEach(u -> unitNames.put(u.unitId(), u.name()));
        BriefingTally tally = new BriefingTally(texts, on, unitNames, rows);
        List<TaskView> tasks = catalog.tasks(planId, null);
        int[] done = {0};
        supervision.inChunks(planId, on, tasks, chunkTasks, chunk -> {
            tally.add(tasks.subList(done[0], done[0] + chunk.size()), chunk);
            done[0] += chunk.size();
        });
        List<Long> good =
                tally.goodExamples().rows().stream().map(g -> g.task().id()).toList();
        return new BriefingComposer.Sources(
                plan,
                period,
                units,
                tally,
                submissions.of(actor, planId, periodId),
                approved.ofTasks(planId, good, period.endsOn()));
    }

    /** @throws NotFoundException unless the period belongs to the plan */
    ReportingPeriod period(long planId, long periodId) {
        return periods.find(periodId)
                .filter(p -> p.planId() == planId)
                .orElseThrow(() -> new NotFoundException("error.notFound.period"));
    }
}
