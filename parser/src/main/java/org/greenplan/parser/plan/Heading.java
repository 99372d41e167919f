package org.greenplan.parser.plan;

import java.util.List;

/**
 * A heading as printed: a part (一、), a section （一）, or a numbered heading above tasks.
 *
 * @param path   printed numbering chain from the top, ending with this heading's own number,
 *               e.g. {@code ["一", "（一）"]}; numbers are normalised to full-width brackets and
 *               carry no trailing 、 or .
 * @param level  1 for the top level, growing by one per nesting level
 * @param number this heading's own printed number (the last element of {@code path})
 * @param title  heading text without its number
 * @param line   1-based line of the heading in the source text
 */
public record Heading(List<String> path, int level, String number, String title, int line) {
    public Heading {
        path = List.copyOf(path);
    }
}
