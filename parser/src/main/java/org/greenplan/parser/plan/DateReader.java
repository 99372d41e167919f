package org.greenplan.parser.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Reads dates as printed under a signature: {@code 2022年3月18日}, full-width digits, or Chinese
 * numerals ({@code 二〇二二年三月十八日}).
 */
final class DateReader {

    /** A line that is a date, possibly with the issuer before it and 印发 after it. */
    record DateLine(LocalDate date, String issuer) {}

    private static final ReusedMatcher ARABIC =
            ReusedMatcher.compile("([0-9０-９]{4})\\s*年\\s*([0-9０-９]{1,2})\\s*月\\s*([0-9０-９]{1,2})\\s*日");
    private static final ReusedMatcher CHINESE =
            ReusedMatcher.compile("([〇零○Ｏ一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,2})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
    private static final ReusedMatcher NOT_ISSUER = ReusedMatcher.compile("[。，,；;：:！!？?]|[于在至到从前]$");

    private DateReader() {}

    /**
     * @return the date when the whole line is one, optionally as {@code 山东省人民政府办公厅2019年3月15日印发};
     *         null otherwise
     */
    static DateLine readDateLine(String content) {
        Matcher m = matcher(content);
        if (m == null) {
            return null;
        }
        String before = UnitNameHeuristics.trim(content.substring(0, m.start()));
        String after = UnitNameHeuristics.trim(content.substring(m.end()));
        LocalDate date = toDate(m);
        boolean issuerOk = before.isEmpty()
                || (before.length() <= 50 && !NOT_ISSUER.on(before).find());
        if (date == null || !issuerOk || !(after.isEmpty() || after.equals("印发"))) {
            return null;
        }
        return new DateLine(date, before.isEmpty() ? null : before);
    }

    private static Matcher matcher(String content) {
        Matcher arabic = ARABIC.on(content);
        if (arabic.find()) {
            return arabic;
        }
        Matcher chinese = CHINESE.on(content);
        return chinese.find() ? chinese : null;
    }

    private static LocalDate toDate(Matcher m) {
        int year = ChineseNumerals.parseDigits(m.group(1));
        int month = number(m.group(2));
        int day = number(m.group(3));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(String printed) {
        int digits = ChineseNumerals.parseDigits(printed);
        return digits >= 0 && Character.isDigit(printed.charAt(0)) ? digits : ChineseNumerals.parse(printed);
    }
}
