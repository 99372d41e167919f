package org.greenplan.parser.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a truncated document (an upload cut short, a copy that lost its end): the last paragraph
 * leaves a bracket open, or ends mid-sentence without a unit clause. Signature and other metadata
 * lines at the end are fine as they are, and so is a table row (cells hold no sentences).
 */
final class CompletenessCheck {

    private static final String SENTENCE_ENDS = "。！？；.!?;…";
    private static final String CLOSING_QUOTES = "”’\"'」』";

    private CompletenessCheck() {
    }

    /**
     * @param tokens        every line of the document
     * @param metadataLines lines recognised as header or signature
     * @param tasks         the tasks found
     * @return an ERROR issue at the end of the last line when the document looks truncated
     */
    static Optional<ParseIssue> check(List<Token> tokens, Set<Integer> metadataLines, List<ParsedTask> tasks) {
        Token last = null;
        for (int i = tokens.size() - 1; i >= 0 && last == null; i--) {
            last = tokens.get(i).is(LineKind.BLANK) ? null : tokens.get(i);
        }
        if (last == null || metadataLines.contains(last.line().number()) || last.is(LineKind.TABLE_ROW)) {
            return Optional.empty();
        }
        SourceLine line = last.line();
        if (Brackets.openAtEnd(line.content()) > 0) {
            return Optional.of(truncated(line, "最后一段的括号没有闭合"));
        }
        if (endsTaskWithUnits(line, tasks) || endsSentence(line.content())) {
            return Optional.empty();
        }
        return Optional.of(truncated(line, "最后一段在句子中间结束，也没有责任单位"));
    }

    private static boolean endsTaskWithUnits(SourceLine line, List<ParsedTask> tasks) {
        return tasks.stream().anyMatch(t -> t.span().endOffset() == line.contentEnd() && !t.units().isEmpty());
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

    private static ParseIssue truncated(SourceLine line, String why) {
        return ParseIssue.error(line.number(), line.endColumn(), "文档似乎不完整：" + why + "，请检查文件是否被截断");
    }
}
