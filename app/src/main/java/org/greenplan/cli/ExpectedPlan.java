package org.greenplan.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A golden file's reading of a document ({@code NAME.expected.json}; format in
 * {@code parser/src/test/resources/corpus/README.md}).
 */
record ExpectedPlan(List<Task> tasks) {

    /**
     * @param textStart first characters of the task text
     * @param lead      lead units (or all units where the document does not mark lead and co)
     * @param co        co-operating units
     * @param targets   targets as {@code comparator value unit} keys
     */
    record Task(String textStart, List<String> lead, List<String> co, List<String> targets) {}

    static ExpectedPlan from(JsonNode root) {
        List<Task> tasks = new ArrayList<>();
        for (JsonNode task : root.path("tasks")) {
            List<String> targets = new ArrayList<>();
            for (JsonNode target : task.path("targets")) {
                BigDecimal value =
                        target.path("value").isNumber() ? target.path("value").decimalValue() : null;
                targets.add(TargetKey.of(
                        target.path("comparator").asString(""),
                        value,
                        target.path("unit").isString() ? target.path("unit").asString() : null));
            }
            tasks.add(new Task(
                    task.path("textStart").asString(""),
                    strings(task.path("leadUnits")),
                    strings(task.path("coUnits")),
                    targets));
        }
        return new ExpectedPlan(tasks);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }
}
