package org.greenplan.demodata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the generated documents, read from {@code demodata/plan-shape.txt} (sections in
 * brackets, {@code #} comments): the covering notice, headings, task bodies with their lead unit and
 * the range of their drawn number, the cities, and the phrases of the generated reports.
 */
public record PlanShape(Map<String, List<String>> sections) {
    private static final String RESOURCE = "/demodata/plan-shape.txt";

    /** @return the shape shipped with the application */
    public static PlanShape shipped() {
        try (InputStream in = PlanShape.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanShape parse(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new ArrayList<>();
                sections.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        return new PlanShape(Map.copyOf(sections));
    }

    /**
     * @return the lines of a section
     * @throws IllegalStateException when the file has no such section
     */
    public List<String> lines(String section) {
        List<String> lines = sections.get(section);
        if (lines == null) {
            throw new IllegalStateException(RESOURCE + " has no section [" + section + "]");
        }
        return lines;
    }

    /** @return the first line of a section */
    public String line(String section) {
        return lines(section).get(0);
    }

    /** @return the first line of a section split at {@code |} */
    public List<String> cells(String section) {
        return List.of(line(section).split("\\|"));
    }
}
