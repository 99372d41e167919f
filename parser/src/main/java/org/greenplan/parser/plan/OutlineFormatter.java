package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a {@link ParsedPlan} as one line per heading and task, in printed order, indented two spaces
 * per level:
 * <pre>
 * 一 大力推进绿色低碳循环发展
 *   （一） 建立健全绿色产业体系
 *     1 开展工业节能监察、节能技术装备推广,保持… [市经济和信息化局]
 * </pre>
 * A task shows its number ({@code ·} when unnumbered), the first 20 characters of its text and its
 * units joined by 、; where the document marks roles they read {@code [牵头:A 配合:B、C]}.
 */
final class OutlineFormatter {

    private static final int TEXT_LENGTH = 20;

    private record Row(int line, String text) {}

    private OutlineFormatter() {}

    static String format(ParsedPlan plan) {
        List<Row> rows = new ArrayList<>();
        plan.headings().forEach(h -> rows.add(new Row(h.line(), indent(h.path()) + h.number() + " " + h.title())));
        plan.tasks().forEach(t -> rows.add(new Row(t.span().line(), task(t))));
        rows.sort(Comparator.comparingInt(Row::line));
        return rows.stream().map(r -> r.text().stripTrailing()).collect(Collectors.joining("\n"));
    }

    private static String task(ParsedTask task) {
        String number = task.number().isEmpty() ? "·" : task.number();
        return indent(task.path()) + number + " " + Abbreviation.of(task.text(), TEXT_LENGTH) + " [" + units(task)
                + "]";
    }

    private static String units(ParsedTask task) {
        List<String> groups = new ArrayList<>();
        addGroup(groups, "", task.unitNames(AssignmentRole.RESPONSIBLE));
        addGroup(groups, "牵头:", task.unitNames(AssignmentRole.LEAD));
        addGroup(groups, "配合:", task.unitNames(AssignmentRole.CO));
        return String.join(" ", groups);
    }

    private static void addGroup(List<String> groups, String label, List<String> names) {
        if (!names.isEmpty()) {
            groups.add(label + String.join("、", names));
        }
    }

    private static String indent(List<String> path) {
        return "  ".repeat(Math.max(0, path.size() - 1));
    }
}
