package org.greenplan.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.greenplan.periods.ReportingPeriods;
import org.greenplan.plan.DeadlineLabels;
import org.greenplan.plan.PlanCatalog;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.HeadingChains;
import org.greenplan.plan.view.HeadingView;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * 台账 — the ledger of a plan: one row per task, built from {@link PlanCatalog} so that it shows the
 * same numbers as the pages. 进展情况 comes from the latest approved progress reports
 * ({@link ApprovedProgress}; see {@link TaskProgress}); 状态 is the task's status from
 * {@link Supervision} (the one source the dashboard and the briefing read too), with a note on the
 * reporting cycle ({@link ReportNote}) read from the report slots supervision read for that status
 * ({@link SupervisedTask#dueReports()}), so its periods and due dates (extensions, co-units' dates, the
 * reading date) are those of the task's status panel.
 */
@Service
public class Ledger {
    /** The ledger is the office's document: written in Chinese whatever the browser's language. */
    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    /** Tasks read and supervised at a time: a province-sized plan of 3,000 tasks is read in six chunks. */
    static final int CHUNK_TASKS = 500;

    private final PlanCatalog catalog;
    private final TaskProgress progress;
    private final MessageSource messages;
    private final ApprovedProgress reports;
    private final Supervision supervision;
    private final ReportingPeriods periods;
    private final DeadlineLabels deadlines;

    Ledger(
            PlanCatalog catalog,
            TaskProgress progress,
            MessageSource messages,
            ApprovedProgress reports,
            Supervision supervision,
            ReportingPeriods periods,
            DeadlineLabels deadlines) {
        this.catalog = catalog;
        this.reports = reports;
        this.progress = progress;
        this.messages = messages;
        this.supervision = supervision;
        this.periods = periods;
        this.deadlines = deadlines;
    }

    /**
     * @param planId plan id
     * @param unitId when not null, only the tasks naming this unit (本单位任务)
     * @param on     the date statuses and values hold on (the office's time zone; usually today)
     * @return rows in document order; empty when the plan has no tasks
     * @throws org.greenplan.plan.NotFoundException when there is no such plan
     */
    public List<LedgerRow> rows(long planId, Long unitId, LocalDate on) {
        List<LedgerRow> rows = new ArrayList<>();
        rows(planId, unitId, on, rows::add);
        return rows;
    }

    /**
     * The rows of {@link #rows(long, Long, LocalDate)} handed on one by one as they are made: the plan is read and
     * supervised {@value #CHUNK_TASKS} tasks at a time ({@link Supervision#inChunks}), so an export of a large plan
     * holds one chunk's reports, report slots and evaluated targets, never the whole plan's.
     *
     * @param planId plan id
     * @param unitId when not null, only the tasks naming this unit (本单位任务)
     * @param on     the date statuses and values hold on
     * @param sink   receives the rows in document order
     * @throws org.greenplan.plan.NotFoundException when there is no such plan
     */
    public void rows(long planId, Long unitId, LocalDate on, Consumer<LedgerRow> sink) {
        rows(planId, unitId, on, CHUNK_TASKS, sink);
    }

    /** As {@link #rows(long, Long, LocalDate, Consumer)}, {@code chunkTasks} tasks at a time. */
    void rows(long planId, Long unitId, LocalDate on, int chunkTasks, Consumer<LedgerRow> sink) {
        Sheet sheet = new Sheet(
                new HeadingChains(catalog.headings(planId)),
                catalog.plan(planId),
                new ReportNote(periods.ofPlan(planId), on),
                on);
        List<TaskView> tasks = catalog.tasks(planId, unitId);
        int[] done = {0};
        supervision.inChunks(planId, on, tasks, chunkTasks, chunk -> {
            List<TaskView> views = tasks.subList(done[0], done[0] + chunk.size());
            // each unit's latest report of the periods ending by the date, as supervision read it for the status:
            // its latest of any period would hide an earlier approved one when a later one ends after the date
            Map<Long, ApprovedProgress.TaskReports> reported =
                    reports.ofTasks(planId, views.stream().map(TaskView::id).toList(), on);
            for (int i = 0; i < views.size(); i++) {
                TaskView task = views.get(i);
                sink.accept(row(
                        ++done[0],
                        task,
                        chunk.get(i),
                        reported.getOrDefault(task.id(), ApprovedProgress.TaskReports.NONE),
                        sheet));
            }
        });
    }

    /** What every row of one ledger shares. */
    private record Sheet(HeadingChains headings, Optional<PlanSummary> plan, ReportNote notes, LocalDate on) {}

    private LedgerRow row(
            int sequence,
            TaskView task,
            SupervisedTask supervised,
            ApprovedProgress.TaskReports taskReports,
            Sheet sheet) {
        List<HeadingView> chain = sheet.headings().chain(task.nodeId());
        TaskProgress.Reading reading = progress.of(task, supervised.targets(), taskReports, sheet.on());
        TaskStatus status = supervised.status();
        ReportNote.Note note = sheet.notes()
                .of(status, awaitingCloseOut(supervised), taskReports, reading.reported(), supervised.dueReports());
        return new LedgerRow(
                sequence,
                task.number(),
                label(chain, 0),
                label(chain, 1),
                task.text(),
                leadUnits(task),
                task.otherUnitNames(),
                task.targets().stream().map(t -> t.display(messages, LOCALE)).toList(),
                sheet.plan().map(p -> deadlines.of(p, task, LOCALE)).orElse(""),
                reading.progress(),
                statusText(status, note),
                status);
    }

    /** Reported complete or every target met: 绿 until the office closes the task out (销号). */
    private static boolean awaitingCloseOut(SupervisedTask task) {
        String code = task.reason().code();
        return code.equals("COMPLETED_REPORTED") || code.equals("TARGETS_MET");
    }

    /** @return 绿灯, or 红灯 and a second line such as 未报送（2022-06，截止 2022-06-27） */
    private String statusText(TaskStatus status, ReportNote.Note note) {
        String name = messages.getMessage(status.messageKey(), null, LOCALE);
        return note.key() == null ? name : name + "\n" + noteText(note);
    }

    /** @return the note's text; several units' notes joined by {@code ；} */
    private String noteText(ReportNote.Note note) {
        if (ReportNote.Note.SEVERAL.equals(note.key())) {
            return java.util.Arrays.stream(note.args())
                    .map(part -> noteText((ReportNote.Note) part))
                    .collect(java.util.stream.Collectors.joining("；"));
        }
        return messages.getMessage(note.key(), note.args(), LOCALE);
    }

    /**
     * 牵头单位: the marked lead units; where the document marks none, the first responsible unit with a
     * note that the document names no lead (the common convention: the first listed leads).
     */
    private List<String> leadUnits(TaskView task) {
        if (!task.leadUnitNames().isEmpty() || task.otherUnitNames().isEmpty()) {
            return task.leadUnitNames();
        }
        return List.of(messages.getMessage(
                "ledger.lead.firstListed", new Object[] {task.otherUnitNames().get(0)}, LOCALE));
    }

    private static String label(List<HeadingView> chain, int index) {
        if (index >= chain.size()) {
            return "";
        }
        return chain.get(index).label();
    }
}
