package org.greenplan.parser.quality;

import java.math.BigDecimal;

/** A target reduced to what evaluation compares: comparator, value and unit. */
final class TargetKey {
    private TargetKey() {}

    static String of(String comparator, BigDecimal value, String unit) {
        String number = value == null ? "-" : value.stripTrailingZeros().toPlainString();
        return comparator + " " + number + " " + (unit == null ? "-" : unit);
    }
}
