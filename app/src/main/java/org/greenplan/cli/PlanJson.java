package org.greenplan.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenplan.parser.plan.AssignmentRole;
import org.greenplan.parser.plan.ParseIssue;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.targets.TargetSpec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON contract of {@code parse --json}:
 * <pre>{"title","issuer","issuedDate","documentNumber",
 *  "tasks":[{"path":["一","（一）","1"],"text","leadUnits":[…],"coUnits":[…],"deadline":"YYYY-MM-DD"|null,
 *            "targets":[{"indicator","comparator","value","unit","phrase"}]}],
 *  "issues":[{"line","column","message"}]}</pre>
 * Where the document does not mark lead and co, all units go into {@code leadUnits} in printed order.
 * {@code value} is a number in the canonical unit (15万千瓦 → 150000, unit "kW"), null for direction
 * and reference targets.
 */
final class PlanJson {
    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PlanJson() {}

    static String write(ParsedPlan plan) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", plan.title());
        root.put("issuer", plan.issuer());
        root.put(
                "issuedDate",
                plan.issuedDate() == null ? null : plan.issuedDate().toString());
        root.put("documentNumber", plan.documentNumber());
        root.put("tasks", plan.tasks().stream().map(PlanJson::task).toList());
        root.put("issues", plan.issues().stream().map(PlanJson::issue).toList());
        return MAPPER.writeValueAsString(root);
    }

    private static Map<String, Object> task(ParsedTask task) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", task.path());
        json.put("text", task.text());
        List<String> co = task.unitNames(AssignmentRole.CO);
        List<String> lead = task.units().stream()
                .filter(u -> u.role() != AssignmentRole.CO)
                .map(u -> u.name())
                .toList();
        json.put("leadUnits", lead);
        json.put("coUnits", co);
        json.put(
                "deadline",
                task.deadline() == null || task.deadline().date() == null
                        ? null
                        : task.deadline().date().toString());
        json.put("targets", task.targets().stream().map(PlanJson::target).toList());
        return json;
    }

    private static Map<String, Object> target(TargetSpec target) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("indicator", target.indicator());
        json.put("comparator", target.comparator().symbol());
        json.put("value", plain(target.value()));
        json.put("unit", target.unit());
        json.put("phrase", target.printedPhrase());
        return json;
    }

    private static Map<String, Object> issue(ParseIssue issue) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("line", issue.line());
        json.put("column", issue.column());
        json.put("message", issue.message());
        return json;
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
