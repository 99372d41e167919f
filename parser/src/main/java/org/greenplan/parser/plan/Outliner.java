package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Places numbered lines in the printed hierarchy. Styles are ranked in the order they first appear,
 * like a tree builder: the first style met is the top level, a new style opens a level below, and a
 * style met before returns to its rank, closing everything below it. A line's path is the number of
 * each open line of a higher rank, then its own number.
 *
 * <p>Also checks numbering: within a style, the next number is the previous one plus one, or 1 under
 * a new parent (documents number tasks either continuously across sections or afresh in each).
 */
final class Outliner {

    /** A numbered line placed in the hierarchy; {@code rank} 0 is the top style. */
    record Placed(Token token, int rank, List<String> path) {}

    private record Last(int value, List<String> parent) {}

    private final Map<NumberStyle, Integer> ranks = new EnumMap<>(NumberStyle.class);
    private final Map<NumberStyle, Last> last = new EnumMap<>(NumberStyle.class);
    /** The number of the open line of each rank, null where none is open (ranks are at most the styles). */
    private final String[] open = new String[NumberStyle.values().length];

    private final List<ParseIssue> issues = new ArrayList<>();

    Placed place(Token numbered) {
        NumberMark mark = numbered.mark();
        Integer known = ranks.get(mark.style());
        int rank = known != null ? known : ranks.size();
        ranks.put(mark.style(), rank);
        // the path is built once; the parent is a view of it (placing is per numbered line, often thousands)
        int depth = 0;
        for (int r = 0; r < rank; r++) {
            depth += open[r] != null ? 1 : 0;
        }
        String[] numbers = new String[depth + 1]; // sized exactly: List.of copies it once more
        for (int r = 0, at = 0; r < rank; r++) {
            if (open[r] != null) {
                numbers[at++] = open[r];
            }
        }
        numbers[depth] = mark.number();
        List<String> path = List.of(numbers);
        checkSequence(numbered, path.subList(0, depth));
        Arrays.fill(open, rank, open.length, null);
        open[rank] = mark.number();
        return new Placed(numbered, rank, path);
    }

    List<ParseIssue> issues() {
        return issues;
    }

    /** @return true for the style met first, the top level of the document */
    boolean isTopStyle(NumberStyle style) {
        Integer rank = ranks.get(style);
        return rank != null && rank == 0;
    }

    /**
     * Starts a new numbering sequence: a second document or an annex begins again at 一、. Ranks are
     * kept; open lines and the last number of each style are forgotten, so no gap is reported.
     */
    void newSequence() {
        last.clear();
        Arrays.fill(open, null);
    }

    private void checkSequence(Token numbered, List<String> parent) {
        NumberMark mark = numbered.mark();
        Last previous = last.put(mark.style(), new Last(mark.value(), parent));
        if (previous == null) {
            if (mark.value() != 1) {
                warn(numbered, IssueCode.NUMBERING_NOT_FROM_START, mark.style().format(1), mark.number());
            }
            return;
        }
        boolean sameParent = previous.parent().equals(parent);
        if (mark.value() == previous.value() + 1 || (!sameParent && mark.value() == 1)) {
            return;
        }
        String before = mark.style().format(previous.value());
        if (mark.value() == previous.value()) {
            warn(numbered, IssueCode.NUMBERING_REPEATED, mark.number());
        } else {
            warn(
                    numbered,
                    IssueCode.NUMBERING_GAP,
                    before,
                    mark.number(),
                    mark.style().format(previous.value() + 1));
        }
    }

    private void warn(Token token, IssueCode code, String... args) {
        issues.add(ParseIssue.warning(token.line().number(), token.line().column(), code, args));
    }
}
