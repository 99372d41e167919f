package org.greenplan.parser.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a truncated document (an upload cut short, a copy that lost its end): the last paragraph
 * of the plan leaves a bracket open, or ends mid-sentence without a unit clause. It is an ERROR (the
 * import refuses the document) only when that paragraph is numbered or part of a task; after the last task it is a
 * WARNING, so that a document whose tasks were all read is never refused for its closing lines.
 *
 * <p>The last paragraph of the plan is judged, not the closing matter a notice prints after it: 附件
 * lists and annexes without numbered lines (007's member list), 抄送, 印发, 联系人 lines, signature and
 * date (whatever the header reader recognised as metadata), and short lines without punctuation that
 * belong to no task. A table row is fine as it is (cells hold no sentences).
 */
final class CompletenessCheck {

    private static final String SENTENCE_ENDS = "。！？；.!?;…";
    private static final String CLOSING_QUOTES = "”’\"'」』";

    private CompletenessCheck() {}

    /**
     * @param tokens        every line of the document
     * @param metadataLines lines recognised as header, signature or other closing matter
     * @param tasks         the tasks found
     * @return an issue at the end of the plan's last line when the document looks truncated: ERROR when
     *         that line is part of a task, else WARNING
     */
    static Optional<ParseIssue> check(List<Token> tokens, Set<Integer> metadataLines, List<ParsedTask> tasks) {
        Token last = lastOfPlan(tokens, metadataLines, tasks);
        if (last == null || last.is(LineKind.TABLE_ROW)) {
            return Optional.empty();
        }
        SourceLine line = last.line();
        boolean inTask = last.is(LineKind.NUMBERED) || withinTask(line, tasks);
        if (Brackets.openAtEnd(line.content()) > 0) {
            return Optional.of(truncated(line, IssueCode.TRUNCATED_OPEN_BRACKET, inTask));
        }
        if (endsTaskWithUnits(line, tasks) || endsSentence(line.content())) {
            return Optional.empty();
        }
        return Optional.of(truncated(line, IssueCode.TRUNCATED_MID_SENTENCE, inTask));
    }

    /**
     * Only a task (or a numbered item) cut short refuses the document. A last paragraph that belongs to no task — a closing
     * remark, a table footnote, a contact line the header reader did not know — may be the end of a cut
     * document too, but every task was read whole: it is worth a look on the review page, not a refusal.
     */
    private static boolean withinTask(SourceLine line, List<ParsedTask> tasks) {
        return tasks.stream()
                .anyMatch(t -> t.span().startOffset() < line.contentEnd()
                        && line.contentStart() < t.span().endOffset());
    }

    /** @return the last line before the closing matter, or null when there is none */
    private static Token lastOfPlan(List<Token> tokens, Set<Integer> metadataLines, List<ParsedTask> tasks) {
        for (int i = closingAnnexStart(tokens) - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            boolean closing = token.is(LineKind.BLANK)
                    || token.is(LineKind.ANNEX_ITEM)
                    || metadataLines.contains(token.line().number())
                    || isSignatureLike(token, tasks);
            if (!closing) {
                return token;
            }
        }
        return null;
    }

    /**
     * A short line without punctuation outside every task — a signature without its date, a name —
     * is closing matter too: it gets its warning as a line that belongs to no task, not this ERROR.
     */
    private static boolean isSignatureLike(Token token, List<ParsedTask> tasks) {
        SourceLine line = token.line();
        return token.is(LineKind.TEXT)
                && HeaderLines.isIssuerLike(line.content())
                && tasks.stream()
                        .noneMatch(t -> t.span().startOffset() < line.contentEnd()
                                && line.contentStart() < t.span().endOffset());
    }

    /**
     * @return index of the annex line that opens an annex without numbered lines or table rows at the
     *         end of the document (a member list, a contact list), else the number of tokens
     */
    private static int closingAnnexStart(List<Token> tokens) {
        int start = tokens.size();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.is(LineKind.NUMBERED) || token.is(LineKind.TABLE_ROW)) {
                return start;
            }
            if (token.is(LineKind.TEXT) && BodyLandmarks.opensAnnex(token.line().content())) {
                start = i;
            }
        }
        return start;
    }

    private static boolean endsTaskWithUnits(SourceLine line, List<ParsedTask> tasks) {
        return tasks.stream()
                .anyMatch(t ->
                        t.span().endOffset() == line.contentEnd() && !t.units().isEmpty());
    }

    static boolean endsSentence(String content) {
        int end = content.length();
        while (end > 0 && CLOSING_QUOTES.indexOf(content.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = content.charAt(end - 1);
        return SENTENCE_ENDS.indexOf(last) >= 0 || Brackets.isClose(last);
    }

    private static ParseIssue truncated(SourceLine line, IssueCode code, boolean inTask) {
        return inTask
                ? ParseIssue.error(line.number(), line.endColumn(), code)
                : ParseIssue.warning(line.number(), line.endColumn(), code);
    }
}
