package org.greenplan.parser.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import org.greenplan.parser.text.CuedPattern;

/**
 * The ways a deadline (完成时限) is printed, each read to the last day it allows. Month and quarter
 * phrases without a year are read in the plan year and skipped when it is unknown.
 */
enum DeadlinePhrase {
    /** 2022年6月30日前. */
    YEAR_MONTH_DAY(P.Y + "年" + P.M + "月" + P.D + "日(?:之|以)?前", P.YEAR + 1 + P.MONTH + 1 + P.MONTH + 1 + 2, "日") {
        @Override
        LocalDate date(Matcher m, Integer planYear) {
            return day(year(m.group(1)), month(m.group(2)), month(m.group(3)));
        }
    },
    /** 2022年6月底前, 2022年6月末, 2022年6月份前, 2022年6月底. */
    YEAR_MONTH_END(
            P.Y + "年" + P.M + "月份?(?:(?:底|末)" + P.BY + "|(?:之|以)?前)", P.YEAR + 1 + P.MONTH + 2 + 1 + P.BY_LENGTH, "月") {
        @Override
        LocalDate date(Matcher m, Integer planYear) {
            return monthEnd(year(m.group(1)), month(m.group(2)));
        }
    },
    /** 2022年底前, 2022年年底, 2022年末. */
    YEAR_END(P.Y + "年年?(?:底|末)" + P.BY, P.YEAR + 3 + P.BY_LENGTH, "年") {
        @Override
        LocalDate date(Matcher m, Integer planYear) {
            return LocalDate.of(year(m.group(1)), 12, 31);
        }
    },
    /**
     * 到2025年, 2025年前: a target year. In the plan's own year it restates the plan period (宿州's
     * 到2022年 in the 2022 work points), which is no deadline of the task.
     */
    TARGET_YEAR(
            "(?:(?:到|至|截至|截止到?)" + P.Y + "年(?![底末0-9０-９月年])|" + P.Y + "年(?:之|以)?前(?![一二三四两][季个]|后))",
            3 + P.YEAR + 1,
            "年") {
        @Override
        LocalDate date(Matcher m, Integer planYear) {
            int year = year(m.group(1) != null ? m.group(1) : m.group(2));
            return planYear != null && year == planYear ? null : LocalDate.of(year, 12, 31);
        }
    },
    /** 6月底前, 6月底完成, 11月取得明显成效, 6月份前, 10月末: the month in the plan year. */
    MONTH_END(
            "(?<![0-9０-９年〇零一二三四五六七八九十个])" + P.M + "月份?(?:(?:底|末)" + P.BY + "|(?:之|以)?前|(?=取得|完成|建成|实现|上线|出台|见效))",
            P.MONTH + 2 + 1 + P.BY_LENGTH,
            "月") {
        @Override
        LocalDate date(Matcher m, Integer planYear) {
            return planYear == null ? null : monthEnd(planYear, month(m.group(1)));
        }
    },
    /** 三季度末, 第二季度前: the quarter's last day in the plan year. */
    QUARTER_END("(?<![0-9０-９])第?([一二三四1-4１-４])季度(?:(?:末|底)" + P.BY + "|(?:之|以)?前)", 4 + 1 + P.BY_LENGTH, "季度") {
        @Override
        LocalDate date(Matcher m, Integer planYear) {
            return planYear == null ? null : monthEnd(planYear, 3 * month(m.group(1)));
        }
    },
    /** 年底前, 年内, 今年底 → 31 December of the plan year; 明年底 → of the year after; not 三年内. */
    PLAN_YEAR_END("(?<![0-9０-９〇零一二三四五六七八九十两几多])(明|今|本)?年(?:(?:底|末)" + P.BY + "|内|度内)", 2 + 1 + P.BY_LENGTH, "年") {
        @Override
        LocalDate date(Matcher m, Integer planYear) {
            return planYear == null ? null : LocalDate.of(planYear + ("明".equals(m.group(1)) ? 1 : 0), 12, 31);
        }
    },
    /** 上半年: 30 June of the plan year. */
    HALF_YEAR("(?<![0-9０-９])上半年", 3, "上半年") {
        @Override
        LocalDate date(Matcher m, Integer planYear) {
            return planYear == null ? null : LocalDate.of(planYear, 6, 30);
        }
    },
    /** 持续推进, 长期坚持, 按进度推进, 2023年起 (a start, no end): open. */
    OPEN(
            "(?:^|(?<=[（(，,；;。：:\\s]))(" + String.join("|", P.OPEN) + ")(?=$|[）)，,；;。\\s])" + "|(?:自|从)?" + P.Y
                    + "年(?:起|开始)",
            Math.max(P.longestOpen(), 1 + P.YEAR + 1 + 2),
            P.openCues()) {
        @Override
        LocalDate date(Matcher m, Integer planYear) {
            return null;
        }
    };

    /** Year, month and day as printed (Arabic, full-width or Chinese numerals). */
    private static final class P {
        static final String Y = "([12][0-9]{3}|[１２][０-９]{3})";
        static final String M = "([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})";
        static final String D = M;
        /** 前, 之前 or 完成 after 底/末: part of the printed phrase (6月底前, 6月底完成). */
        static final String BY = "(?:(?:之|以)?前|完成)?";
        /** Greatest printed lengths, for the bound of each phrase's scan (see {@code CuedScan}). */
        static final int YEAR = 4;
        /** A month, day or quarter number: at most three numerals (十二). */
        static final int MONTH = 3;

        static final int BY_LENGTH = 2;

        /** Phrases of a task that runs on without an end. */
        static final String[] OPEN = {"持续推进", "长期坚持", "长期推进", "持续开展", "持续优化", "常态化推进", "按进度推进"};

        static int longestOpen() {
            int longest = 0;
            for (String phrase : OPEN) {
                longest = Math.max(longest, phrase.length());
            }
            return longest;
        }

        /** @return the cues of {@link DeadlinePhrase#OPEN}: 年 (2023年起) and each open phrase */
        static String[] openCues() {
            String[] cues = new String[OPEN.length + 1];
            cues[0] = "年";
            System.arraycopy(OPEN, 0, cues, 1, OPEN.length);
            return cues;
        }
    }

    private final CuedPattern pattern;

    /**
     * @param regex     the phrase
     * @param maxLength the greatest length of a match, counted from the phrase's parts (a 4-digit year, a month of
     *                  at most three numerals, 月份, 底前): a scan looks only this far around a cue, and the
     *                  shorter the phrase, the fewer positions its expression is tried at ({@code CuedPatternTests}
     *                  checks on real documents that no match is longer and that the scan finds what a full one
     *                  finds)
     * @param cues      words of the phrase of which every match contains at least one: a paragraph without any of
     *                  them is not scanned (most task paragraphs name no date, and a regex without a literal start
     *                  tries every position of the paragraph)
     */
    DeadlinePhrase(String regex, int maxLength, String... cues) {
        this.pattern = CuedPattern.compile(regex, List.of(cues), maxLength);
    }

    CuedPattern pattern() {
        return pattern;
    }

    /** @return the last day the phrase allows, or null when it has none (open) or cannot be dated */
    abstract LocalDate date(Matcher m, Integer planYear);

    private static int year(String digits) {
        return ChineseNumerals.parseDigits(digits);
    }

    /** Months, days and quarters in Arabic, full-width or Chinese numerals; -1 when none of these. */
    static int month(String printed) {
        int digits = ChineseNumerals.parseDigits(printed);
        return digits >= 0 && Character.isDigit(printed.charAt(0)) ? digits : ChineseNumerals.parse(printed);
    }

    private static LocalDate monthEnd(int year, int month) {
        return month >= 1 && month <= 12 ? YearMonth.of(year, month).atEndOfMonth() : null;
    }

    private static LocalDate day(int year, int month, int day) {
        if (month < 1
                || month > 12
                || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }
}
