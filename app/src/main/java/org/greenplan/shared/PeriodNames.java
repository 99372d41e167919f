package org.greenplan.shared;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A reporting period's name as people read it, from its stored label ({@code periods.ReportingPeriod#label()},
 * which stays the key pages and files sort and match by): a month {@code 2026-11} reads 2026年11月 (November 2026 in English), a
 * quarter {@code 2026Q2} 2026年第2季度 (Q2 2026); a custom period keeps the label the office gave it. The date
 * patterns come from the message bundles ({@code periods.name.month}, {@code periods.name.quarter}). A bean of the
 * application; templates call it as {@code ${@periodNames.of(p.label())}}.
 */
@Component("periodNames")
public class PeriodNames {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");

    private final MessageSource messages;

    /** @param messages the bundles holding the date patterns */
    public PeriodNames(MessageSource messages) {
        this.messages = messages;
    }

    /** @return the label's name in the reader's language (the current request's locale) */
    public String of(String label) {
        return of(label, LocaleContextHolder.getLocale());
    }

    /** @return the label's name in {@code locale}; null for null */
    public String of(String label, Locale locale) {
        if (label == null) {
            return null;
        }
        Matcher month = MONTH.matcher(label);
        if (month.matches() && Integer.parseInt(month.group(2)) >= 1 && Integer.parseInt(month.group(2)) <= 12) {
            return format("periods.name.month", YearMonth.parse(label), locale);
        }
        Matcher quarter = QUARTER.matcher(label);
        if (quarter.matches()) {
            int firstMonth = (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1;
            return format("periods.name.quarter", YearMonth.of(Integer.parseInt(quarter.group(1)), firstMonth), locale);
        }
        return label;
    }

    private String format(String patternKey, YearMonth month, Locale locale) {
        String pattern = messages.getMessage(patternKey, null, locale);
        return DateTimeFormatter.ofPattern(pattern, locale).format(month);
    }
}
