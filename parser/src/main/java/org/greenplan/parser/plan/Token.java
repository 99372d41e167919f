package org.greenplan.parser.plan;

import java.util.List;

/**
 * A line with its {@link LineKind}.
 *
 * @param line the source line
 * @param kind what it is
 * @param mark the numbering for {@link LineKind#NUMBERED} and {@link LineKind#ANNEX_ITEM} lines, else null
 */
record Token(SourceLine line, LineKind kind, NumberMark mark) {

    static List<Token> tokenize(List<SourceLine> lines) {
        return tokenize(lines, java.util.Set.of());
    }

    /**
     * @param tableLines numbers of the lines that are table rows
     * @return one token per line; the numbered items of 附件 lists are {@link LineKind#ANNEX_ITEM}s
     */
    static List<Token> tokenize(List<SourceLine> lines, java.util.Set<Integer> tableLines) {
        return AnnexLists.mark(lines.stream()
                .map(line -> tableLines.contains(line.number()) ? new Token(line, LineKind.TABLE_ROW, null) : of(line))
                .toList());
    }

    static Token of(SourceLine line) {
        if (line.blank()) {
            return new Token(line, LineKind.BLANK, null);
        }
        NumberMark mark = NumberStyle.find(line.content());
        return new Token(line, mark == null ? LineKind.TEXT : LineKind.NUMBERED, mark);
    }

    /** @return the line's text after its number (the whole content for unnumbered lines) */
    String rest() {
        return mark == null ? line.content() : line.content().substring(mark.length());
    }

    /** @return offset in the original text where {@link #rest()} starts */
    int restStart() {
        return line.contentStart() + (mark == null ? 0 : mark.length());
    }

    boolean is(LineKind wanted) {
        return kind == wanted;
    }
}
