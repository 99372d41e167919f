package org.greenplan.parser.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the deadline (完成时限) printed in a task: the earliest of
 * <ul>
 *   <li>{@code 2022年6月底前} → 2022-06-30; {@code 2022年底前} → 2022-12-31;
 *       {@code 2022年6月30日前} → 2022-06-30;</li>
 *   <li>{@code 6月底前} / {@code 6月底完成} → 30 June of the plan year; {@code 年底前} → 31 December
 *       of the plan year (skipped when the plan year is unknown);</li>
 *   <li>{@code 持续推进} / {@code 长期坚持} standing as a phrase of their own (not 持续推进沱湖流域…) → open.</li>
 * </ul>
 * Nothing printed gives null. Basic by design: ranges, quarters and 每月 come later.
 */
final class DeadlineReader {

    private static final String D = "[0-9０-９]";
    private static final Pattern YEAR_MONTH_END = Pattern.compile("(" + D + "{4})年(" + D + "{1,2})月底前");
    private static final Pattern YEAR_DAY = Pattern.compile("(" + D + "{4})年(" + D + "{1,2})月(" + D + "{1,2})日前");
    private static final Pattern YEAR_END = Pattern.compile("(" + D + "{4})年底前");
    private static final Pattern MONTH_END = Pattern.compile("(?<![年0-9０-９])(" + D + "{1,2})月底(?:前|完成)");
    private static final Pattern PLAN_YEAR_END = Pattern.compile("(?<![0-9０-９])年底前");
    private static final Pattern OPEN = Pattern.compile(
            "(?:^|(?<=[（(，,；;。\\s]))(持续推进|长期坚持|长期推进|持续开展)(?=$|[）)，,；;。\\s])");

    private DeadlineReader() {
    }

    /**
     * @param paragraph the task paragraph, unit clauses included (deadlines often sit inside them)
     * @param planYear  the plan year for phrases without a year, or null
     * @return the earliest deadline phrase, or null
     */
    static Deadline read(String paragraph, Integer planYear) {
        Deadline best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Pattern pattern : new Pattern[] {YEAR_MONTH_END, YEAR_DAY, YEAR_END, MONTH_END, PLAN_YEAR_END, OPEN}) {
            Matcher m = pattern.matcher(paragraph);
            while (m.find() && m.start() < bestStart) {
                Deadline deadline = toDeadline(pattern, m, planYear);
                if (deadline != null) {
                    best = deadline;
                    bestStart = m.start();
                    break;
                }
            }
        }
        return best;
    }

    private static Deadline toDeadline(Pattern pattern, Matcher m, Integer planYear) {
        String phrase = m.group();
        if (pattern == OPEN) {
            return Deadline.openEnded(phrase);
        }
        if (pattern == YEAR_MONTH_END) {
            return monthEnd(number(m.group(1)), number(m.group(2)), phrase);
        }
        if (pattern == YEAR_DAY) {
            return day(number(m.group(1)), number(m.group(2)), number(m.group(3)), phrase);
        }
        if (pattern == YEAR_END) {
            return Deadline.by(LocalDate.of(number(m.group(1)), 12, 31), phrase);
        }
        if (planYear == null) {
            return null;
        }
        return pattern == MONTH_END ? monthEnd(planYear, number(m.group(1)), phrase)
                : Deadline.by(LocalDate.of(planYear, 12, 31), phrase);
    }

    private static Deadline monthEnd(int year, int month, String phrase) {
        return month >= 1 && month <= 12 ? Deadline.by(YearMonth.of(year, month).atEndOfMonth(), phrase) : null;
    }

    private static Deadline day(int year, int month, int day, String phrase) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return Deadline.by(LocalDate.of(year, month, day), phrase);
    }

    private static int number(String digits) {
        return ChineseNumerals.parseDigits(digits);
    }
}
