package org.greenplan.briefing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenplan.periods.ReportingPeriod;
import org.greenplan.plan.PlanSummary;
import org.greenplan.plan.view.AssignedUnit;
import org.greenplan.plan.view.TaskView;
import org.greenplan.plan.view.UnitTaskCount;
import org.greenplan.progress.ApprovedProgress;
import org.greenplan.progress.SubmissionMatrix;
import org.greenplan.shared.PeriodNames;
import org.greenplan.supervision.TaskStatus;
import org.springframework.context.MessageSource;

/**
 * Words a briefing from the numbers its sources give: the statuses and candidate rows a {@link BriefingTally}
 * gathered from {@code supervision::Supervision}, the timeliness cells of {@link SubmissionMatrix.Matrix} and the
 * approved progress texts of the good examples printed. Pure: the caller reads the sources ({@link
 * BriefingSources}). Texts come from the message bundles in {@link #DOCUMENT_LOCALE}: a 通报 is an official
 * Chinese document whatever the reader's UI language. A table with more rows than the tally's {@link RowBound}
 * says so in its lead sentence and ends in a line 及其他 N 项，详见台账.
 */
final class BriefingComposer {
    /** The language of the document. */
    static final Locale DOCUMENT_LOCALE = DocumentTexts.LOCALE;

    private final DocumentTexts texts;
    private final PeriodNames periodNames;

    BriefingComposer(MessageSource messages) {
        this.texts = new DocumentTexts(messages);
        this.periodNames = new PeriodNames(messages);
    }

    /**
     * What the composer reads, gathered by {@link BriefingSources}.
     *
     * @param progress the approved reports of the good examples printed (by task id), up to the period's end
     */
    record Sources(
            PlanSummary plan,
            ReportingPeriod period,
            List<UnitTaskCount> units,
            BriefingTally tally,
            SubmissionMatrix.Matrix matrix,
            Map<Long, ApprovedProgress.TaskReports> progress) {}

    /** What the office chose for this issue. */
    record Issue(
            String header,
            String numberPrefix,
            String addressees,
            int serial,
            LocalDate issuedOn,
            List<String> nextSteps) {}

    BriefingModel compose(Sources s, Issue issue) {
        BriefingModel.Overview overview = overview(s);
        String planTitle = s.plan().title();
        String periodName = periodNames.of(s.period().label(), DOCUMENT_LOCALE);
        BriefingTally tally = s.tally();
        RowBound.Selection<BriefingTally.Indicator> indicators = tally.indicators();
        RowBound.Selection<BriefingTally.Good> good = tally.goodExamples();
        RowBound.Selection<BriefingTally.Lagging> lagging = tally.laggingTasks();
        RowBound.Selection<BriefingModel.LaggingUnit> units = tally.bound().select(laggingUnits(s), (a, b) -> 0);
        return new BriefingModel(
                s.plan().id(),
                s.period().id(),
                issue.header(),
                text("briefing.doc.number", issue.numberPrefix(), year(s, issue), issue.serial()),
                text("briefing.doc.title", planTitle, periodName),
                issue.addressees(),
                text("briefing.doc.intro", planTitle, periodName),
                headings(),
                overview,
                texts(overview, planTitle, tally, indicators, good, lagging, units),
                indicators.rows().stream().map(BriefingTally.Indicator::line).toList(),
                good.rows().stream().map(g -> goodExample(s, g)).toList(),
                lagging.rows().stream().map(BriefingTally.Lagging::line).toList(),
                units.rows(),
                new BriefingModel.Remainders(
                        remainder("briefing.doc.more.indicators", indicators),
                        remainder("briefing.doc.more.tasks", good),
                        remainder("briefing.doc.more.tasks", lagging),
                        remainder("briefing.doc.more.units", units)),
                issue.nextSteps(),
                issue.header(),
                issue.issuedOn(),
                text(
                        "briefing.doc.date",
                        issue.issuedOn().getYear(),
                        issue.issuedOn().getMonthValue(),
                        issue.issuedOn().getDayOfMonth()));
    }

    private BriefingModel.Remainder remainder(String key, RowBound.Selection<?> selection) {
        return selection.omitted() == 0
                ? BriefingModel.Remainder.NONE
                : new BriefingModel.Remainder(selection.omitted(), text(key, selection.omitted()));
    }

    private static String year(Sources s, Issue issue) {
        return String.valueOf(
                s.plan().planYear() != null
                        ? s.plan().planYear()
                        : issue.issuedOn().getYear());
    }

    private static BriefingModel.Overview overview(Sources s) {
        BriefingTally t = s.tally();
        SubmissionMatrix.Matrix m = s.matrix();
        return new BriefingModel.Overview(
                t.on(),
                t.total(),
                t.count(TaskStatus.COMPLETED),
                t.count(TaskStatus.GREEN),
                t.count(TaskStatus.YELLOW),
                t.count(TaskStatus.RED),
                t.count(TaskStatus.STAGNANT),
                t.count(TaskStatus.CANCELLED),
                m.due(),
                m.count(SubmissionMatrix.Timeliness.ON_TIME),
                m.count(SubmissionMatrix.Timeliness.LATE),
                m.count(SubmissionMatrix.Timeliness.MISSING),
                m.count(SubmissionMatrix.Timeliness.NOT_DUE));
    }

    private BriefingModel.Headings headings() {
        return new BriefingModel.Headings(
                text("briefing.doc.h.overall"),
                text("briefing.doc.h.indicators"),
                text("briefing.doc.h.good"),
                text("briefing.doc.h.lagging"),
                text("briefing.doc.h.laggingTasks"),
                text("briefing.doc.h.laggingUnits"),
                text("briefing.doc.h.nextSteps"));
    }

    private BriefingModel.Texts texts(
            BriefingModel.Overview o,
            String planTitle,
            BriefingTally tally,
            RowBound.Selection<?> indicators,
            RowBound.Selection<?> good,
            RowBound.Selection<?> lagging,
            RowBound.Selection<?> units) {
        LocalDate on = o.statusOn();
        String completedKind = text("briefing.doc.kind.completed");
        long completed =
                tally.goodKinds().stream().filter(completedKind::equals).count();
        return new BriefingModel.Texts(
                text(
                        "briefing.doc.overall",
                        on.getYear(),
                        on.getMonthValue(),
                        on.getDayOfMonth(),
                        planTitle,
                        o.total(),
                        o.completed(),
                        o.green(),
                        o.yellow(),
                        o.red(),
                        o.stagnant(),
                        o.cancelled()),
                // reports not yet due are named, so that 未报送 is not read as every report still outstanding
                text(
                        o.notDue() == 0 ? "briefing.doc.reports" : "briefing.doc.reports.notDue",
                        o.expected(),
                        o.onTime(),
                        o.late(),
                        o.missing(),
                        String.valueOf(o.onTimeRate()),
                        o.notDue()),
                lead(indicators, "briefing.doc.indicators", indicators.total()),
                lead(good, "briefing.doc.good", completed, good.total() - completed),
                lead(lagging, "briefing.doc.laggingTasks", o.red(), o.stagnant()),
                lead(units, "briefing.doc.laggingUnits", units.total()));
    }

    /**
     * @return {@code prefix.none} for an empty table, {@code prefix.lead} for a whole one, {@code prefix.leadBounded}
     *         (the same arguments, then the rows printed) for one the bound cut
     */
    private String lead(RowBound.Selection<?> table, String prefix, Object... args) {
        if (table.total() == 0) {
            return text(prefix + ".none");
        }
        if (table.omitted() == 0) {
            return text(prefix + ".lead", args);
        }
        Object[] bounded = java.util.Arrays.copyOf(args, args.length + 1);
        bounded[args.length] = table.rows().size();
        return text(prefix + ".leadBounded", bounded);
    }

    private BriefingModel.GoodExample goodExample(Sources s, BriefingTally.Good g) {
        return new BriefingModel.GoodExample(
                g.number(), g.text(), unitNames(g.task()), g.kind(), progressOf(s, g.task()));
    }

    /** The units' approved texts of the period, else their latest approved before it: 单位：进展. */
    private String progressOf(Sources s, TaskView task) {
        Map<Long, String> names =
                task.units().stream().collect(Collectors.toMap(AssignedUnit::unitId, AssignedUnit::name, (a, b) -> a));
        return s.progress().getOrDefault(task.id(), ApprovedProgress.TaskReports.NONE).approved().stream()
                .filter(a -> !a.periodEnd().isAfter(s.period().endsOn()))
                .filter(a -> a.progress() != null && !a.progress().isBlank())
                .map(a -> text(
                        "briefing.doc.unitProgress",
                        names.getOrDefault(a.unitId(), ""),
                        a.progress().strip()))
                .collect(Collectors.joining(text("briefing.doc.separator")));
    }

    /** Units with red or stagnant tasks, late or missing reports: most missing reports first, then red tasks … */
    private List<BriefingModel.LaggingUnit> laggingUnits(Sources s) {
        List<BriefingModel.LaggingUnit> units = new java.util.ArrayList<>();
        for (UnitTaskCount unit : s.units()) {
            int[] tasks = s.tally().laggingTasksOf(unit.unitId());
            List<SubmissionMatrix.Cell> cells = s.matrix().ofUnit(unit.unitId());
            long late = cells.stream()
                    .filter(c -> c.timeliness() == SubmissionMatrix.Timeliness.LATE)
                    .count();
            long missing = cells.stream()
                    .filter(c -> c.timeliness() == SubmissionMatrix.Timeliness.MISSING)
                    .count();
            if (tasks[0] + tasks[1] + late + missing > 0) {
                units.add(new BriefingModel.LaggingUnit(unit.name(), tasks[0], tasks[1], late, missing));
            }
        }
        units.sort(Comparator.comparingLong(BriefingModel.LaggingUnit::missing)
                .thenComparingInt(BriefingModel.LaggingUnit::red)
                .thenComparingLong(BriefingModel.LaggingUnit::late)
                .thenComparingInt(BriefingModel.LaggingUnit::stagnant)
                .reversed()
                .thenComparing(BriefingModel.LaggingUnit::unit));
        return units;
    }

    private String unitNames(TaskView task) {
        return task.units().stream().map(AssignedUnit::name).collect(Collectors.joining(text("briefing.doc.comma")));
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }

    /** @return the composer's wording, for the tally */
    DocumentTexts texts() {
        return texts;
    }
}
