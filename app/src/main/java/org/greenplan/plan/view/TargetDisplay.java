package org.greenplan.plan.view;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Renders a target as people read it: 秸秆综合利用率 ≥ 92%, 湿地保护率 增加 1 个百分点 (English:
 * {@code 湿地保护率 up by 1 percentage points}). The indicator is the document's own word; the comparison
 * comes from the message bundles ({@code target.measure.COMPARATOR}, {@code target.unit.pp}).
 */
final class TargetDisplay {
    private TargetDisplay() {}

    static String format(TargetView t, MessageSource messages, Locale locale) {
        if (t.comparator() == Comparison.REFERENCE) {
            return t.phrase();
        }
        return t.indicator() + " " + measure(t, messages, locale, true);
    }

    /**
     * @param withDocumentUnit whether to add a unit such as 家 or 万千瓦 (a % or 个百分点 is always added)
     * @return the part after the indicator ({@code ≥ 92%}); for a reference target, its phrase
     */
    static String measure(TargetView t, MessageSource messages, Locale locale, boolean withDocumentUnit) {
        if (t.comparator() == Comparison.REFERENCE) {
            return t.phrase();
        }
        return messages.getMessage(
                "target.measure." + t.comparator().name(),
                new Object[] {
                    number(t.value()),
                    number(t.upperValue()),
                    withDocumentUnit || t.documentUnit() == null ? unitText(t.unit(), messages, locale) : ""
                },
                locale);
    }

    private static String unitText(String unit, MessageSource messages, Locale locale) {
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            case "%" -> "%";
            case "pp" -> messages.getMessage("target.unit.pp", null, locale);
            default -> " " + unit;
        };
    }

    private static String number(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }
}
