package org.greenplan.briefing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.greenplan.supervision.PlanSupervision;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.TaskStatus;
import org.greenplan.targets.Attainment;
import org.greenplan.targets.TrackedTarget;
import org.springframework.context.MessageSource;

/**
 * Words a briefing from the numbers its sources give: the statuses of {@link PlanSupervision}, the
 * timeliness cells of {@link SubmissionMatrix.Matrix}, the approved progress texts and the evaluated
 * targets. Pure: the caller reads the sources ({@link BriefingSources}). Texts come from the message
 * bundles in {@link #DOCUMENT_LOCALE}: a 通报 is an official Chinese document whatever the reader's UI
 * language.
 */
final class BriefingComposer {
    /** The language of the document. */
    static final Locale DOCUMENT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    BriefingComposer(MessageSource messages) {
        this.messages = messages;
    }

    /** What the composer reads, gathered by {@link BriefingSources}. */
    record Sources(
            PlanSummary plan,
            ReportingPeriod period,
            List<TaskView> tasks,
            List<UnitTaskCount> units,
            PlanSupervision supervision,
            SubmissionMatrix.Matrix matrix,
            Map<Long, ApprovedProgress.TaskReports> approved,
            Map<Long, List<TrackedTarget>> targets) {}

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
        List<BriefingModel.IndicatorLine> indicators = indicators(s);
        List<BriefingModel.GoodExample> good = goodExamples(s);
        List<BriefingModel.LaggingTask> lagging = laggingTasks(s);
        List<BriefingModel.LaggingUnit> units = laggingUnits(s);
        return new BriefingModel(
                s.plan().id(),
                s.period().id(),
                issue.header(),
                text("briefing.doc.number", issue.numberPrefix(), year(s, issue), issue.serial()),
                text("briefing.doc.title", planTitle, s.period().label()),
                issue.addressees(),
                text("briefing.doc.intro", planTitle, s.period().label()),
                headings(),
                overview,
                texts(overview, planTitle, indicators, good, lagging, units),
                indicators,
                good,
                lagging,
                units,
                issue.nextSteps(),
                issue.header(),
                issue.issuedOn(),
                text(
                        "briefing.doc.date",
                        issue.issuedOn().getYear(),
                        issue.issuedOn().getMonthValue(),
                        issue.issuedOn().getDayOfMonth()));
    }

    private static String year(Sources s, Issue issue) {
        return String.valueOf(
                s.plan().planYear() != null
                        ? s.plan().planYear()
                        : issue.issuedOn().getYear());
    }

    private static BriefingModel.Overview overview(Sources s) {
        PlanSupervision sup = s.supervision();
        SubmissionMatrix.Matrix m = s.matrix();
        return new BriefingModel.Overview(
                sup.on(),
                sup.tasks().size(),
                sup.count(TaskStatus.COMPLETED),
                sup.count(TaskStatus.GREEN),
                sup.count(TaskStatus.YELLOW),
                sup.count(TaskStatus.RED),
                sup.count(TaskStatus.STAGNANT),
                sup.count(TaskStatus.CANCELLED),
                m.expected(),
                m.count(SubmissionMatrix.Timeliness.ON_TIME),
                m.count(SubmissionMatrix.Timeliness.LATE),
                m.count(SubmissionMatrix.Timeliness.MISSING));
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
            List<BriefingModel.IndicatorLine> indicators,
            List<BriefingModel.GoodExample> good,
            List<BriefingModel.LaggingTask> lagging,
            List<BriefingModel.LaggingUnit> units) {
        LocalDate on = o.statusOn();
        long completed = good.stream()
                .filter(g -> g.kind().equals(text("briefing.doc.kind.completed")))
                .count();
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
                text(
                        "briefing.doc.reports",
                        o.expected(),
                        o.onTime(),
                        o.late(),
                        o.missing(),
                        String.valueOf(o.onTimeRate())),
                indicators.isEmpty()
                        ? text("briefing.doc.indicators.none")
                        : text("briefing.doc.indicators.lead", indicators.size()),
                good.isEmpty()
                        ? text("briefing.doc.good.none")
                        : text("briefing.doc.good.lead", completed, good.size() - completed),
                lagging.isEmpty()
                        ? text("briefing.doc.laggingTasks.none")
                        : text("briefing.doc.laggingTasks.lead", o.red(), o.stagnant()),
                units.isEmpty()
                        ? text("briefing.doc.laggingUnits.none")
                        : text("briefing.doc.laggingUnits.lead", units.size()));
    }

    private List<BriefingModel.IndicatorLine> indicators(Sources s) {
        List<BriefingModel.IndicatorLine> lines = new ArrayList<>();
        for (TaskView task : s.tasks()) {
            for (TrackedTarget t : s.targets().getOrDefault(task.id(), List.of())) {
                String unit = t.terms().levelUnit();
                lines.add(new BriefingModel.IndicatorLine(
                        task.number(),
                        t.target().indicator(),
                        t.target().display(messages, DOCUMENT_LOCALE),
                        value(t.evaluation().actual(), unit),
                        value(t.evaluation().expected(), unit),
                        text("target.status." + t.evaluation().status().name())));
            }
        }
        return lines;
    }

    private List<BriefingModel.GoodExample> goodExamples(Sources s) {
        Map<Long, TaskView> byId = byId(s.tasks());
        List<BriefingModel.GoodExample> good = new ArrayList<>();
        for (SupervisedTask st : s.supervision().tasks()) {
            TaskView task = byId.get(st.taskId());
            String kind = kindOfGoodExample(st, s.targets().get(st.taskId()));
            if (kind != null && task != null) {
                good.add(new BriefingModel.GoodExample(
                        st.number(), st.text(), unitNames(task), kind, progressOf(s, task)));
            }
        }
        return good;
    }

    /** @return the wording of why the task is a good example, or null when it is not one */
    private String kindOfGoodExample(SupervisedTask st, List<TrackedTarget> targets) {
        if (st.status() == TaskStatus.COMPLETED) {
            return text("briefing.doc.kind.completed");
        }
        if (st.status() != TaskStatus.GREEN) {
            return null;
        }
        // A unit's own 100 % waits for the office's close-out (销号) before it is 已完成, but it is good news.
        if (st.reason().code().equals("COMPLETED_REPORTED")) {
            return text("briefing.doc.kind.reportedComplete");
        }
        return anyMet(targets) ? text("briefing.doc.kind.ahead") : null;
    }

    private static boolean anyMet(List<TrackedTarget> targets) {
        return targets != null && targets.stream().anyMatch(t -> t.evaluation().attainment() == Attainment.MET);
    }

    /** The units' approved texts of the period, else their latest approved before it: 单位：进展. */
    private String progressOf(Sources s, TaskView task) {
        Map<Long, String> names =
                task.units().stream().collect(Collectors.toMap(AssignedUnit::unitId, AssignedUnit::name, (a, b) -> a));
        return s.approved().getOrDefault(task.id(), ApprovedProgress.TaskReports.NONE).approved().stream()
                .filter(a -> !a.periodEnd().isAfter(s.period().endsOn()))
                .filter(a -> a.progress() != null && !a.progress().isBlank())
                .map(a -> text(
                        "briefing.doc.unitProgress",
                        names.getOrDefault(a.unitId(), ""),
                        a.progress().strip()))
                .collect(Collectors.joining(text("briefing.doc.separator")));
    }

    private List<BriefingModel.LaggingTask> laggingTasks(Sources s) {
        Map<Long, String> unitNames = unitNames(s.units());
        return s.supervision().tasks().stream()
                .filter(t -> t.status() == TaskStatus.RED || t.status() == TaskStatus.STAGNANT)
                .map(t -> new BriefingModel.LaggingTask(
                        t.number(),
                        t.text(),
                        t.leadUnitId() == null ? "" : unitNames.getOrDefault(t.leadUnitId(), ""),
                        text(t.status().messageKey()),
                        messages.getMessage(
                                t.reason().messageKey(), t.reason().args().toArray(), DOCUMENT_LOCALE)))
                .toList();
    }

    private List<BriefingModel.LaggingUnit> laggingUnits(Sources s) {
        List<BriefingModel.LaggingUnit> units = new ArrayList<>();
        for (UnitTaskCount unit : s.units()) {
            List<SupervisedTask> tasks = s.supervision().ofUnit(unit.unitId());
            int red = (int)
                    tasks.stream().filter(t -> t.status() == TaskStatus.RED).count();
            int stagnant = (int) tasks.stream()
                    .filter(t -> t.status() == TaskStatus.STAGNANT)
                    .count();
            List<SubmissionMatrix.Cell> cells = s.matrix().ofUnit(unit.unitId());
            long late = cells.stream()
                    .filter(c -> c.timeliness() == SubmissionMatrix.Timeliness.LATE)
                    .count();
            long missing = cells.stream()
                    .filter(c -> c.timeliness() == SubmissionMatrix.Timeliness.MISSING)
                    .count();
            if (red + stagnant + late + missing > 0) {
                units.add(new BriefingModel.LaggingUnit(unit.name(), red, stagnant, late, missing));
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

    private static Map<Long, String> unitNames(List<UnitTaskCount> units) {
        Map<Long, String> names = new HashMap<>();
        units.forEach(u -> names.put(u.unitId(), u.name()));
        return names;
    }

    private static Map<Long, TaskView> byId(List<TaskView> tasks) {
        return tasks.stream().collect(Collectors.toMap(TaskView::id, t -> t, (a, b) -> a));
    }

    private String value(BigDecimal value, String unit) {
        if (value == null) {
            return text("briefing.doc.none");
        }
        // two decimals at most, as the task page shows them (a pace is computed to four)
        return value.setScale(2, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                + (unit == null ? "" : unit);
    }

    /** Numbers go in as plain text: MessageFormat would print 2022 as 2,022. */
    private String text(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return messages.getMessage(key, plain, DOCUMENT_LOCALE);
    }
}
