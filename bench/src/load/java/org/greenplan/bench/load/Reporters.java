package org.greenplan.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open periods' report keys per reporter, from the CSV {@code ./greenplan demo-data --reporters-csv}
 * writes ({@code username,period_id,task_id,unit_id}), path in {@code -Dreporters=FILE}.
 *
 * @param keys username → its unit's keys ({@code periodId/tasks/taskId}, the form's address after {@code /my/reports/periods/}), in file order
 */
record Reporters(Map<String, List<String>> keys) {

    static Reporters read() {
        String file = System.getProperty("reporters");
        if (file == null) {
            throw new IllegalArgumentException("-Dreporters=FILE (from demo-data --reporters-csv) is required");
        }
        Map<String, List<String>> keys = new LinkedHashMap<>();
        try {
            for (String line : lines(Path.of(file))) {
                String[] cells = line.split(",");
                keys.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells[1] + "/tasks/" + cells[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reporters(keys);
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size());
    }

    List<String> usernames() {
        return List.copyOf(keys.keySet());
    }
}
