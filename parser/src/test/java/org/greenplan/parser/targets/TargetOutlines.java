package org.greenplan.parser.targets;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints targets one per line-part, so one assertion checks all of them:
 * {@code 秸秆综合利用率 >= 92 %; 湿地保护率 increase_by 1 pp; 示范园区 between 3..5 家}.
 */
final class TargetOutlines {

    private TargetOutlines() {}

    static String of(List<TargetSpec> targets) {
        return targets.stream().map(TargetOutlines::of).collect(Collectors.joining("; "));
    }

    static String of(TargetSpec target) {
        StringBuilder out = new StringBuilder(target.indicator())
                .append(' ')
                .append(target.comparator().symbol());
        if (target.value() != null) {
            out.append(' ').append(target.value().toPlainString());
        }
        if (target.upperValue() != null) {
            out.append("..").append(target.upperValue().toPlainString());
        }
        if (target.unit() != null) {
            out.append(' ').append(target.unit());
        }
        return out.toString();
    }
}
