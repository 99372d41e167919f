package org.greenplan.parser.plan;

import java.util.List;
import java.util.Objects;

/**
 * Something the parser could not place, with its position. Odd input never throws: it becomes one of
 * these, and the office sees it on the review screen, rendered from the message bundles by
 * {@link IssueCode#key()} and {@link #args()}.
 *
 * @param line     1-based line in the source text
 * @param column   1-based column in the source text
 * @param severity INFO for what a reader did that the office may want to know (web-page furniture
 *                 dropped); WARNING for things the office should look at; ERROR for things that make the
 *                 document unusable as it is (a truncated document, for example): an import with an
 *                 ERROR is refused
 * @param code     what kind of issue it is
 * @param args     the code's arguments (texts quoted from the document, numbers as printed), in
 *                 placeholder order
 */
public record ParseIssue(int line, int column, Severity severity, IssueCode code, List<String> args) {

    /** How serious a {@link ParseIssue} is. */
    public enum Severity {
        INFO,
        WARNING,
        ERROR
    }

    public ParseIssue {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(code);
        args = List.copyOf(args);
    }

    /**
     * An issue given as free text, with {@link IssueCode#TEXT}.
     *
     * @param message what is wrong, in words the office understands
     */
    public ParseIssue(int line, int column, Severity severity, String message) {
        this(line, column, severity, IssueCode.TEXT, List.of(message));
    }

    public static ParseIssue info(int line, int column, IssueCode code, String... args) {
        return new ParseIssue(line, column, Severity.INFO, code, List.of(args));
    }

    public static ParseIssue warning(int line, int column, IssueCode code, String... args) {
        return new ParseIssue(line, column, Severity.WARNING, code, List.of(args));
    }

    public static ParseIssue error(int line, int column, IssueCode code, String... args) {
        return new ParseIssue(line, column, Severity.ERROR, code, List.of(args));
    }

    /** A WARNING given as free text ({@link IssueCode#TEXT}). */
    public static ParseIssue warning(int line, int column, String message) {
        return new ParseIssue(line, column, Severity.WARNING, message);
    }

    /** An ERROR given as free text ({@link IssueCode#TEXT}). */
    public static ParseIssue error(int line, int column, String message) {
        return new ParseIssue(line, column, Severity.ERROR, message);
    }

    /** @return what is wrong, in the office's Chinese (the code's default text, e.g. 未识别责任单位（任务 3）) */
    public String message() {
        return code.format(args);
    }

    @Override
    public String toString() {
        return "<" + line + ":" + column + ">: " + message();
    }
}
