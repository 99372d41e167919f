package org.greenplan.parser.plan;

/**
 * One line of the text given to {@link PlanParser}, located in the original string.
 *
 * @param number       1-based line number
 * @param start        offset of the line's first character (indentation included)
 * @param contentStart offset of the first character after the indentation (spaces, U+3000, BOM remnants)
 * @param contentEnd   offset just after the last non-space character of the line
 * @param content      the line without indentation, trailing spaces and line terminator
 */
record SourceLine(int number, int start, int contentStart, int contentEnd, String content) {

    /** @return 1-based column of the first content character */
    int column() {
        return contentStart - start + 1;
    }

    /** @return 1-based column just after the last content character */
    int endColumn() {
        return contentEnd - start + 1;
    }

    boolean blank() {
        return content.isEmpty();
    }
}
