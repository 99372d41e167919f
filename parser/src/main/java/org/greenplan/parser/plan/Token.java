package org.greenplan.parser.plan;

import java.util.List;
import java.util.Objects;

/**
 * A line with its {@link LineKind}, its text after the number, and the unit clauses of its text, read once on first request (the tree
 * builder asks about the same line several times: whether it has units, whether it is a bare unit line, and
 * the assembler reads a one-line task's clauses once more).
 *
 * <p>Equality is that of the line, kind and mark, as for a record; the clauses read are a cache and no part
 * of it.
 */
final class Token {
    private final SourceLine line;
    private final LineKind kind;
    private final NumberMark mark;
    private String rest;
    private UnitClauseExtractor.Extraction clauses;
    private UnitClauseExtractor.Extraction restClauses;

    /**
     * @param line the source line
     * @param kind what it is
     * @param mark the numbering for {@link LineKind#NUMBERED} and {@link LineKind#ANNEX_ITEM} lines, else null
     */
    Token(SourceLine line, LineKind kind, NumberMark mark) {
        this.line = line;
        this.kind = kind;
        this.mark = mark;
    }

    static List<Token> tokenize(List<SourceLine> lines) {
        return tokenize(lines, java.util.Set.of());
    }

    /**
     * @param tableLines numbers of the lines that are table rows
     * @return one token per line; the numbered items of 附件 lists are {@link LineKind#ANNEX_ITEM}s, the
     *         numbered entries of a list inside an item ({@link ItemLists}) are text
     */
    static List<Token> tokenize(List<SourceLine> lines, java.util.Set<Integer> tableLines) {
        return ItemLists.mark(AnnexLists.mark(lines.stream()
                .map(line -> tableLines.contains(line.number()) ? new Token(line, LineKind.TABLE_ROW, null) : of(line))
                .toList()));
    }

    static Token of(SourceLine line) {
        if (line.blank()) {
            return new Token(line, LineKind.BLANK, null);
        }
        NumberMark mark = NumberStyle.find(line.content());
        return new Token(line, mark == null ? LineKind.TEXT : LineKind.NUMBERED, mark);
    }

    SourceLine line() {
        return line;
    }

    LineKind kind() {
        return kind;
    }

    NumberMark mark() {
        return mark;
    }

    /** @return the line's text after its number (the whole content for unnumbered lines) */
    String rest() {
        if (rest == null) {
            rest = mark == null ? line.content() : line.content().substring(mark.length());
        }
        return rest;
    }

    /** @return offset in the original text where {@link #rest()} starts */
    int restStart() {
        return line.contentStart() + (mark == null ? 0 : mark.length());
    }

    /** @return the unit clauses of the whole line ({@code UnitClauseExtractor.extract(line().content())}) */
    UnitClauseExtractor.Extraction clauses() {
        if (clauses == null) {
            clauses = UnitClauseExtractor.extract(line.content());
        }
        return clauses;
    }

    /** @return the unit clauses of the line after its number ({@code UnitClauseExtractor.extract(rest())}) */
    UnitClauseExtractor.Extraction restClauses() {
        if (restClauses == null) {
            restClauses = mark == null ? clauses() : UnitClauseExtractor.extract(rest());
        }
        return restClauses;
    }

    boolean is(LineKind wanted) {
        return kind == wanted;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Token token
                && line.equals(token.line)
                && kind == token.kind
                && Objects.equals(mark, token.mark);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, kind, mark);
    }

    @Override
    public String toString() {
        return "Token[line=" + line + ", kind=" + kind + ", mark=" + mark + "]";
    }
}
