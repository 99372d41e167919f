package org.greenplan.briefing;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a briefing (通报) prints, already worded in the document's language: the Word template and
 * the PDF both render this one value, so their numbers cannot differ. Every count comes from {@code
 * supervision::Supervision} (task statuses on {@link #statusOn()}), {@code progress::SubmissionMatrix}
 * (report timeliness of the period) and {@code targets::TargetTracking} (indicator values); nothing is
 * recomputed here.
 *
 * @param planId         the plan
 * @param periodId       the reporting period
 * @param header         the issuing office's name, printed in red as the 红头 (发文机关标志)
 * @param documentNumber the 文号, e.g. {@code 绿办通报〔2022〕3号}
 * @param title          the document title
 * @param addressees     主送机关, ending in a full-width colon
 * @param intro          the opening paragraph
 * @param headings       the section headings in document order (一、… and （一）…), keyed by name
 * @param overview       the status and report counts
 * @param texts          the running paragraphs built from the counts (overall progress, reports, the
 *                       sentences said when a table is empty), keyed by name
 * @param indicators     every target with its current value, goal and expected pace
 * @param goodExamples   completed tasks and tasks ahead of pace, with the units' approved progress text
 * @param laggingTasks   red and stagnant tasks with the rule that made them so
 * @param laggingUnits   units with red or stagnant tasks, late or missing reports, worst first
 * @param remainders     per table, the rows left out by the briefing's row bound and the line saying so (及其他
 *                       N 项，详见台账); {@link Remainders#NONE} when every table lists every row
 * @param nextSteps      下一步工作, one paragraph per element (office-editable)
 * @param issuer         the signature line (发文机关署名)
 * @param issuedOn       the date printed under the signature
 * @param issuedOnText   that date written out as the document prints it ({@code 2022年7月1日})
 */
public record BriefingModel(
        long planId,
        long periodId,
        String header,
        String documentNumber,
        String title,
        String addressees,
        String intro,
        Headings headings,
        Overview overview,
        Texts texts,
        List<IndicatorLine> indicators,
        List<GoodExample> goodExamples,
        List<LaggingTask> laggingTasks,
        List<LaggingUnit> laggingUnits,
        Remainders remainders,
        List<String> nextSteps,
        String issuer,
        LocalDate issuedOn,
        String issuedOnText) {

    public BriefingModel {
        java.util.Objects.requireNonNull(remainders, "remainders");
        indicators = List.copyOf(indicators);
        goodExamples = List.copyOf(goodExamples);
        laggingTasks = List.copyOf(laggingTasks);
        laggingUnits = List.copyOf(laggingUnits);
        nextSteps = List.copyOf(nextSteps);
    }

    /**
     * Rows a table leaves out, and the line printed as its last row.
     *
     * @param omitted how many rows are not listed (0: the table lists every row)
     * @param line    the last row's text, e.g. {@code 及其他1203项，详见台账}; empty when none are left out
     */
    public record Remainder(int omitted, String line) {
        /** Nothing left out. */
        public static final Remainder NONE = new Remainder(0, "");

        /** @return whether the table prints the line */
        public boolean any() {
            return omitted > 0;
        }
    }

    /** Per table, what the briefing's row bound leaves out (the tables in document order). */
    public record Remainders(
            Remainder indicators, Remainder goodExamples, Remainder laggingTasks, Remainder laggingUnits) {
        /** Every table lists every row. */
        public static final Remainders NONE =
                new Remainders(Remainder.NONE, Remainder.NONE, Remainder.NONE, Remainder.NONE);
    }

    /**
     * Task statuses on the period's last day and the period's report timeliness.
     *
     * @param statusOn  the date the statuses hold on (the period's last day)
     * @param total     tasks of the plan
     * @param completed 已完成
     * @param green     绿灯
     * @param yellow    黄灯
     * @param red       红灯
     * @param stagnant  停滞
     * @param cancelled 已取消
     * @param expected  reports due in the period on the reading day (one per unit a task names; those not yet due left out)
     * @param onTime    submitted on time
     * @param late      submitted late
     * @param missing   not submitted
     * @param notDue    reports of the period not yet due on the reading day (待报): neither counted nor missing
     */
    public record Overview(
            LocalDate statusOn,
            int total,
            int completed,
            int green,
            int yellow,
            int red,
            int stagnant,
            int cancelled,
            long expected,
            long onTime,
            long late,
            long missing,
            long notDue) {

        /** @return on-time reports as a percentage of those expected, one decimal; 0 when none expected */
        public double onTimeRate() {
            return expected == 0 ? 0 : Math.round(onTime * 1000.0 / expected) / 10.0;
        }
    }

    /** Section headings: 一、 (黑体) and （一） (楷体) levels. */
    public record Headings(
            String overall,
            String indicators,
            String good,
            String lagging,
            String laggingTasks,
            String laggingUnits,
            String nextSteps) {}

    /**
     * Paragraphs worded from the counts: the overall progress, the period's reports, and the sentence
     * leading into each table (which says so when the table has no row; the empty table is then left out).
     */
    public record Texts(
            String overall,
            String reports,
            String indicatorsLead,
            String goodLead,
            String laggingTasksLead,
            String laggingUnitsLead) {}

    /**
     * One target.
     *
     * @param taskNumber the task's printed number
     * @param indicator  the indicator, e.g. 秸秆综合利用率
     * @param target     the target as printed (≥ 92%)
     * @param actual     the current value from approved reports with its unit, or — when none
     * @param expected   the value the pace asks for on the date, or —
     * @param light      the light's name (绿灯, 黄灯, 红灯, 未可评价)
     */
    public record IndicatorLine(
            String taskNumber, String indicator, String target, String actual, String expected, String light) {}

    /**
     * A task done well.
     *
     * @param taskNumber the task's printed number
     * @param text       the task text
     * @param units      its responsible units, joined
     * @param kind       已完成 or 进度领先
     * @param progress   the units' approved progress texts of the period (or their latest before it)
     */
    public record GoodExample(String taskNumber, String text, String units, String kind, String progress) {}

    /**
     * A red or stagnant task.
     *
     * @param taskNumber the task's printed number
     * @param text       the task text
     * @param leadUnit   its lead unit (or first responsible unit)
     * @param status     红灯 or 停滞
     * @param reason     the rule that produced the status, worded
     */
    public record LaggingTask(String taskNumber, String text, String leadUnit, String status, String reason) {}

    /**
     * A unit behind in tasks or reports.
     *
     * @param unit     the unit's name
     * @param red      red tasks naming the unit
     * @param stagnant stagnant tasks naming the unit
     * @param late     its late reports in the period
     * @param missing  its missing reports in the period
     */
    public record LaggingUnit(String unit, int red, int stagnant, long late, long missing) {}
}
