package org.greenplan.plan.view;

import java.math.BigDecimal;

/** Renders a target as people read it: 秸秆综合利用率 ≥ 92%, 湿地保护率 增加 1 个百分点. */
final class TargetDisplay {
    private TargetDisplay() {}

    static String format(TargetView t) {
        String unit = unitText(t.unit());
        return switch (t.comparator()) {
            case AT_LEAST -> t.indicator() + " ≥ " + number(t.value()) + unit;
            case MORE_THAN -> t.indicator() + " > " + number(t.value()) + unit;
            case AT_MOST -> t.indicator() + " ≤ " + number(t.value()) + unit;
            case LESS_THAN -> t.indicator() + " < " + number(t.value()) + unit;
            case EQUAL -> t.indicator() + " = " + number(t.value()) + unit;
            case APPROX -> t.indicator() + " ≈ " + number(t.value()) + unit;
            case BETWEEN -> t.indicator() + " " + number(t.value()) + "–" + number(t.upperValue()) + unit;
            case INCREASE_BY -> t.indicator() + " 增加 " + number(t.value()) + unit;
            case DECREASE_BY -> t.indicator() + " 下降 " + number(t.value()) + unit;
            case INCREASE -> t.indicator() + " 持续提高";
            case DECREASE -> t.indicator() + " 持续下降";
            case REFERENCE -> t.phrase();
        };
    }

    private static String unitText(String unit) {
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            case "%" -> "%";
            case "pp" -> " 个百分点";
            default -> " " + unit;
        };
    }

    private static String number(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }
}
