package org.greenplan.plan.draft;

import java.util.List;

/**
 * A heading of a draft plan. Its parent is the nearest heading above it whose path is this path
 * without its last element.
 *
 * @param path   printed numbers from the top, e.g. {@code [一, （二）]}
 * @param level  1 for parts (一、), 2 for sections （一）…
 * @param number printed number
 * @param title  heading text
 * @param line   1-based line in the extracted text
 */
public record DraftHeading(List<String> path, int level, String number, String title, int line) {
    public DraftHeading {
        path = List.copyOf(path);
    }
}
