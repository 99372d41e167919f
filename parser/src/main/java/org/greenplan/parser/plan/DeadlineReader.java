package org.greenplan.parser.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import org.greenplan.parser.text.CuedScan;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Finds the deadline (完成时限) printed in a task — in its text, in its unit bracket
 * ({@code （6月底完成，牵头考核单位：…）}, 006) or at its start ({@code 2022年6月底前，完成…}) — from the
 * phrases of {@link DeadlinePhrase}:
 * <ul>
 *   <li>{@code 2022年6月底前} → 2022-06-30; {@code 2022年底前} → 2022-12-31; {@code 2022年6月30日前};</li>
 *   <li>{@code 6月底前}, {@code 6月底完成}, {@code 6月份前}, {@code 11月取得明显成效} → that month's last day
 *       in the plan year; {@code 年底前}, {@code 年内} → 31 December of the plan year; {@code 三季度末} →
 *       30 September; {@code 上半年} → 30 June;</li>
 *   <li>{@code 到2025年} → 2025-12-31, unless 2025 is the plan year itself (it then restates the plan's
 *       period);</li>
 *   <li>{@code 持续推进}, {@code 长期坚持}, {@code 持续优化}, {@code 按进度推进} standing as a phrase of their
 *       own (not 持续推进沱湖流域…) → open; so is {@code 2023年起}: a start is no deadline, the task runs
 *       on from then, so it is open-ended with the phrase kept.</li>
 * </ul>
 * Which one when several are printed: the latest dated one — a task is done when its last milestone is
 * (006 task 53: 7月底前…；10月底完善… → 10-31; {@code 5月底取得明显成效并持续推进} → 05-31, the dated part
 * being what the office checks); failing a date, the first open phrase; failing that, null. The phrase
 * kept is the one printed; inside a bracket, the whole segment it stands in
 * ({@code 5月底取得明显成效并持续推进}).
 */
final class DeadlineReader {

    private static final String SEGMENT_ENDS = "（(）)，,；;。\n";
    private static final int MAX_SEGMENT = 24;
    private static final ReusedMatcher BARE_MONTH =
            ReusedMatcher.compile("([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月份?(?:底|末)?");
    private static final ReusedMatcher WHOLE_YEAR = ReusedMatcher.compile("全年|年底|年末|本年度");
    private static final ReusedMatcher STANDING = ReusedMatcher.compile("长期|持续|长期坚持|常态化");

    /** {@code values()} copies the array on every call; every task paragraph is asked. */
    private static final DeadlinePhrase[] PHRASES = DeadlinePhrase.values();

    private DeadlineReader() {}

    /**
     * @param paragraph the task paragraph, unit clauses included (deadlines often sit inside them)
     * @param planYear  the plan year for phrases without a year, or null
     * @return the task's deadline, or null when none is printed
     */
    static Deadline read(String paragraph, Integer planYear) {
        Deadline latest = null;
        Deadline open = null;
        for (DeadlinePhrase phrase : PHRASES) {
            CuedScan scan = phrase.pattern().scan(paragraph);
            while (scan.find()) {
                Matcher m = scan.matcher();
                LocalDate date = phrase.date(m, planYear);
                if (date != null && (latest == null || date.isAfter(latest.date()))) {
                    latest = Deadline.by(date, printed(paragraph, m));
                } else if (phrase == DeadlinePhrase.OPEN && open == null) {
                    open = Deadline.openEnded(printed(paragraph, m));
                }
            }
        }
        return latest != null ? latest : open;
    }

    /**
     * Reads a 完成时限 cell, where a bare month ({@code 6月}, {@code 12月份}) is the deadline itself — that
     * month's last day in the plan year — as are {@code 全年} and {@code 年底} (31 December of the plan year);
     * {@code 长期} and {@code 持续} are open. Anything else is read as in running text ({@link #read}).
     *
     * @param cell     the cell's text, e.g. {@code 6月} or {@code 2022年6月底前}
     * @param planYear the plan year, or null (then a bare month has no date)
     * @return the deadline, or null when the cell prints none
     */
    static Deadline readCell(String cell, Integer planYear) {
        String text = UnitNameHeuristics.trim(cell);
        Matcher month = BARE_MONTH.on(text);
        if (month.matches() && planYear != null) {
            int number = DeadlinePhrase.month(month.group(1));
            if (number >= 1 && number <= 12) {
                return Deadline.by(YearMonth.of(planYear, number).atEndOfMonth(), text);
            }
        }
        if (WHOLE_YEAR.on(text).matches() && planYear != null) {
            return Deadline.by(LocalDate.of(planYear, 12, 31), text);
        }
        if (STANDING.on(text).matches()) {
            return Deadline.openEnded(text);
        }
        return read(text, planYear);
    }

    /** @return the matched phrase, or inside a bracket the short segment around it */
    private static String printed(String paragraph, Matcher m) {
        if (Brackets.openBefore(paragraph, m.start()) == 0) {
            return m.group();
        }
        int start = m.start();
        while (start > 0 && SEGMENT_ENDS.indexOf(paragraph.charAt(start - 1)) < 0) {
            start--;
        }
        int end = m.end();
        while (end < paragraph.length() && SEGMENT_ENDS.indexOf(paragraph.charAt(end)) < 0) {
            end++;
        }
        String segment = UnitNameHeuristics.trim(paragraph.substring(start, end));
        return segment.length() <= MAX_SEGMENT && segment.indexOf('：') < 0 && segment.indexOf(':') < 0
                ? segment
                : m.group();
    }
}
