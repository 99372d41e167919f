package org.greenplan.parser.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A golden file's reading of a document ({@code NAME.expected.json}). Two shapes are read, both
 * described in {@code parser/src/test/resources/plans/README.md}:
 * <ul>
 *   <li>flat (the development corpus): {@code tasks[]} of {@code textStart}, {@code leadUnits},
 *       {@code coUnits}, {@code targets[]};</li>
 *   <li>nested (a reference document with its header): {@code parts[].sections[].tasks[]} of
 *       {@code text_start}, {@code units} (all lead, as the document marks no roles), {@code targets[]}
 *       (those with a {@code comparator} are compared).</li>
 * </ul>
 * Targets in both are {@code {"comparator": ">=", "value": 5, "unit": "家"}}.
 *
 * @param tasks the expected tasks in document order
 */
public record ExpectedPlan(List<Task> tasks) {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern UNIT_CLAUSE_AFTER_SENTENCE = Pattern.compile("^(.*?[。.])[(（].*$");

    /**
     * @param textStart first characters of the task text
     * @param lead      lead units (or all units where the document does not mark lead and co)
     * @param co        co-operating units
     * @param targets   targets as {@code comparator value unit} keys
     */
    public record Task(String textStart, List<String> lead, List<String> co, List<String> targets) {}

    /**
     * @param golden a {@code NAME.expected.json} file
     * @return its tasks
     * @throws UncheckedIOException when the file cannot be read or is not JSON (the message names the file)
     */
    public static ExpectedPlan read(Path golden) {
        try {
            return parse(Files.readString(golden));
        } catch (IOException | JacksonException e) {
            throw new UncheckedIOException(golden + ": " + e.getMessage(), new IOException(e));
        }
    }

    /**
     * @param json the text of a golden file, in either shape
     * @return its tasks
     * @throws JacksonException when the text is not JSON
     */
    public static ExpectedPlan parse(String json) {
        JsonNode root = MAPPER.readTree(json);
        List<Task> tasks = new ArrayList<>();
        root.path("tasks").forEach(task -> tasks.add(flatTask(task)));
        for (JsonNode part : root.path("parts")) {
            for (JsonNode section : part.path("sections")) {
                section.path("tasks").forEach(task -> tasks.add(nestedTask(task)));
            }
        }
        return new ExpectedPlan(tasks);
    }

    private static Task flatTask(JsonNode task) {
        return new Task(
                task.path("textStart").asString(""),
                strings(task.path("leadUnits")),
                strings(task.path("coUnits")),
                targets(task.path("targets")));
    }

    /**
     * A short task's {@code text_start} runs on into its unit clause ({@code 推进林业碳汇项目。(市林业局)}), which
     * is not part of the parsed text: it is cut after the sentence end. Only targets with a comparator are
     * compared (directions and references to targets set elsewhere have none).
     */
    private static Task nestedTask(JsonNode task) {
        String start = UNIT_CLAUSE_AFTER_SENTENCE
                .matcher(task.path("text_start").asString(""))
                .replaceFirst("$1");
        List<JsonNode> compared = new ArrayList<>();
        task.path("targets").forEach(t -> {
            if (t.has("comparator")) {
                compared.add(t);
            }
        });
        return new Task(start, strings(task.path("units")), List.of(), targets(compared));
    }

    private static List<String> targets(Iterable<JsonNode> array) {
        List<String> targets = new ArrayList<>();
        for (JsonNode target : array) {
            BigDecimal value =
                    target.path("value").isNumber() ? target.path("value").decimalValue() : null;
            targets.add(TargetKey.of(
                    target.path("comparator").asString(""),
                    value,
                    target.path("unit").isString() ? unit(target.path("unit").asString()) : null));
        }
        return targets;
    }

    /** The nested shape spells percentage points out; the parser writes {@code pp}. */
    private static String unit(String unit) {
        return unit.equals("percentage_point") ? "pp" : unit;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }
}
