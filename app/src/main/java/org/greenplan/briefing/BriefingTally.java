package org.greenplan.briefing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.greenplan.plan.view.TaskView;
import org.greenplan.supervision.StatusReason;
import org.greenplan.supervision.SupervisedTask;
import org.greenplan.supervision.TaskStatus;
import org.greenplan.targets.Attainment;
import org.greenplan.targets.TargetStatus;
import org.greenplan.targets.TrackedTarget;

/**
 * What a briefing keeps of its plan's supervision, gathered a chunk of tasks at a time ({@code
 * Supervision.inChunks}): the status counts, and per table every candidate row already worded but small (no
 * report text, no evaluated target), so a province plan's reports and target values are never held whole. The
 * rows printed are chosen by the {@link RowBound}; the good examples' progress texts are read afterwards for the
 * chosen tasks only.
 */
final class BriefingTally {
    /** The rules of a lagging task, worst first, as the status rules list them (红 before 停滞). */
    private static final List<String> LAGGING_RULES =
            List.of("DEADLINE_PASSED", "TARGET_RED", "REPORT_MISSING", "NO_UPDATE");

    private final DocumentTexts texts;
    private final LocalDate on;
    private final Map<Long, String> unitNames;
    private final RowBound bound;
    private final Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Good> good = new ArrayList<>();
    private final List<Lagging> lagging = new ArrayList<>();
    private final Map<Long, int[]> unitTasks = new HashMap<>();
    private int total;

    /**
     * @param on        the date the statuses hold on
     * @param unitNames the plan's units by id (lead unit names)
     * @param bound     the most rows a table prints
     */
    BriefingTally(DocumentTexts texts, LocalDate on, Map<Long, String> unitNames, RowBound bound) {
        this.texts = texts;
        this.on = on;
        this.unitNames = unitNames;
        this.bound = bound;
    }

    /** An indicator row with what orders it: its light (红, 黄, 未可评价, 绿) and its place in the plan. */
    record Indicator(BriefingModel.IndicatorLine line, int light, int order) {}

    /** A good example before its progress text is read: 已完成, 已报完成, 指标提前达标 in that order. */
    record Good(TaskView task, String number, String text, String kind, int rank, int order) {}

    /**
     * A lagging task with how far behind it is: its worst rule (deadline passed, a target clearly behind, a report
     * missing, no approved update), how many of these rules apply, and the end of its latest approved period.
     */
    record Lagging(BriefingModel.LaggingTask line, int worst, int rules, LocalDate lastUpdate, int order) {}

    /**
     * @param views the chunk's tasks
     * @param chunk their supervision, in the same order
     */
    void add(List<TaskView> views, List<SupervisedTask> chunk) {
        for (int i = 0; i < chunk.size(); i++) {
            add(views.get(i), chunk.get(i), total++);
        }
    }

    private void add(TaskView task, SupervisedTask st, int order) {
        counts.merge(st.status(), 1, Integer::sum);
        for (TrackedTarget t : st.targets()) {
            indicators.add(indicator(task, t, indicators.size()));
        }
        String kind = kindOfGoodExample(st);
        if (kind != null) {
            good.add(new Good(task, st.number(), st.text(), kind, goodRank(st), order));
        }
        if (st.status() == TaskStatus.RED || st.status() == TaskStatus.STAGNANT) {
            lagging.add(lagging(st, order));
            for (Long unitId : new LinkedHashSet<>(st.unitIds())) {
                unitTasks.computeIfAbsent(unitId, k -> new int[2])[st.status() == TaskStatus.RED ? 0 : 1]++;
            }
        }
    }

    private Indicator indicator(TaskView task, TrackedTarget t, int order) {
        String unit = t.terms().levelUnit();
        TargetStatus light = t.evaluation().status();
        return new Indicator(
                new BriefingModel.IndicatorLine(
                        task.number(),
                        t.target().indicator(),
                        t.target().display(texts.messages(), DocumentTexts.LOCALE),
                        value(t.evaluation().actual(), unit),
                        value(t.evaluation().expected(), unit),
                        texts.text("target.status." + light.name())),
                switch (light) {
                    case RED -> 0;
                    case YELLOW -> 1;
                    case NOT_EVALUABLE -> 2;
                    case GREEN -> 3;
                },
                order);
    }

    /** @return the wording of why the task is a good example, or null when it is not one */
    private String kindOfGoodExample(SupervisedTask st) {
        return switch (goodRank(st)) {
            case 0 -> texts.text("briefing.doc.kind.completed");
            // A unit's own 100 % waits for the office's close-out (销号) before it is 已完成, but it is good news.
            case 1 -> texts.text("briefing.doc.kind.reportedComplete");
            case 2 -> texts.text("briefing.doc.kind.ahead");
            default -> null;
        };
    }

    private static int goodRank(SupervisedTask st) {
        if (st.status() == TaskStatus.COMPLETED) {
            return 0;
        }
        if (st.status() != TaskStatus.GREEN) {
            return -1;
        }
        if (st.reason().code().equals("COMPLETED_REPORTED")) {
            return 1;
        }
        return st.targets().stream().anyMatch(t -> t.evaluation().attainment() == Attainment.MET) ? 2 : -1;
    }

    private Lagging lagging(SupervisedTask t, int order) {
        int worst = LAGGING_RULES.size();
        int rules = 0;
        for (StatusReason r : t.reasons()) {
            int rank = LAGGING_RULES.indexOf(r.code());
            if (rank >= 0) {
                worst = Math.min(worst, rank);
                rules++;
            }
        }
        return new Lagging(
                new BriefingModel.LaggingTask(
                        t.number(),
                        t.text(),
                        t.leadUnitId() == null ? "" : unitNames.getOrDefault(t.leadUnitId(), ""),
                        status(t),
                        texts.reason(t.reason())),
                worst,
                rules,
                t.lastUpdate(),
                order);
    }

    /** 停滞 for lack of any data (NO_DATA) says so: nothing was reported, which is not the same as no progress. */
    private String status(SupervisedTask t) {
        return t.status() == TaskStatus.STAGNANT && t.reason().code().equals("NO_DATA")
                ? texts.text("briefing.doc.status.noData")
                : texts.text(t.status().messageKey());
    }

    private String value(BigDecimal value, String unit) {
        if (value == null) {
            return texts.text("briefing.doc.none");
        }
        // two decimals at most, as the task page shows them (a pace is computed to four)
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + (unit == null ? "" : unit);
    }

    /** @return the date the statuses hold on */
    LocalDate on() {
        return on;
    }

    /** @return the tasks seen */
    int total() {
        return total;
    }

    /** @return the tasks seen with the status */
    int count(TaskStatus status) {
        return counts.getOrDefault(status, 0);
    }

    /** @return red and stagnant tasks naming the unit: {red, stagnant} */
    int[] laggingTasksOf(long unitId) {
        return unitTasks.getOrDefault(unitId, new int[2]).clone();
    }

    RowBound bound() {
        return bound;
    }

    /** @return the indicators printed: red lights first, then yellow, not evaluable, green; plan order within */
    RowBound.Selection<Indicator> indicators() {
        return bound.select(
                indicators, Comparator.comparingInt(Indicator::light).thenComparingInt(Indicator::order));
    }

    /** @return every good example's kind in plan order (the lead sentence counts them all) */
    List<String> goodKinds() {
        return good.stream().map(Good::kind).toList();
    }

    /** @return the good examples printed: completed, reported complete, ahead; plan order within */
    RowBound.Selection<Good> goodExamples() {
        return bound.select(good, Comparator.comparingInt(Good::rank).thenComparingInt(Good::order));
    }

    /**
     * @return the lagging tasks printed: by worst rule, then the most rules applying, then the longest without an
     *         approved update (never updated first), then plan order
     */
    RowBound.Selection<Lagging> laggingTasks() {
        return bound.select(
                lagging,
                Comparator.comparingInt(Lagging::worst)
                        .thenComparing(Comparator.comparingInt(Lagging::rules).reversed())
                        .thenComparing(Lagging::lastUpdate, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingInt(Lagging::order));
    }
}
