package org.greenplan.parser.plan;

/**
 * Something the parser could not place, with its position. Odd input never throws: it becomes one of
 * these, and the office sees it on the review screen.
 *
 * @param line     1-based line in the source text
 * @param column   1-based column in the source text
 * @param severity INFO for what a reader did that the office may want to know (web-page furniture
 *                 dropped); WARNING for things the office should look at; ERROR for things that make the
 *                 document unusable as it is (a truncated document, for example): an import with an
 *                 ERROR is refused
 * @param message  what is wrong, in words the office understands (Chinese, e.g. 未识别责任单位)
 */
public record ParseIssue(int line, int column, Severity severity, String message) {

    /** How serious a {@link ParseIssue} is. */
    public enum Severity {
        INFO,
        WARNING,
        ERROR
    }

    public static ParseIssue info(int line, int column, String message) {
        return new ParseIssue(line, column, Severity.INFO, message);
    }

    public static ParseIssue warning(int line, int column, String message) {
        return new ParseIssue(line, column, Severity.WARNING, message);
    }

    public static ParseIssue error(int line, int column, String message) {
        return new ParseIssue(line, column, Severity.ERROR, message);
    }

    @Override
    public String toString() {
        return "<" + line + ":" + column + ">: " + message;
    }
}
