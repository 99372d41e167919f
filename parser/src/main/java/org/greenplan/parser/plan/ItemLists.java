package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.parser.text.ReusedMatcher;

/**
 * Lists printed inside a task item: a short label line naming what follows ({@code 实施项目：},
 * {@code 建设清单：}, {@code 主要包括：}) and numbered entries under it ({@code 1、2个口袋公园：滨河公园、望江公园；}
 * / {@code 2、1条滨江绿道。}). Decision: the entries are part of the item's text (its projects), not tasks
 * or headings of their own, so they become {@link LineKind#TEXT} lines and the item takes them with its
 * other paragraphs.
 *
 * <p>Rule: the label line comes after a numbered line (it is inside an item), has at most 15 characters,
 * ends in ：, and its label ends in a word for a list of things (项目, 清单, 名单, 名录, 点位, 包括, 如下).
 * The entries are numbered 1, 2, 3 … in one style, each at most 100 characters without a unit clause;
 * the list ends at the first line that is not the next entry.
 */
final class ItemLists {

    private static final ReusedMatcher LIST_LABEL =
            ReusedMatcher.compile("^[\\p{IsHan}]{0,12}(?:项目|清单|名单|名录|点位|包括|如下)[：:]$");
    private static final int MAX_ENTRY_LENGTH = 100;

    private ItemLists() {}

    /** @return the tokens with the numbered entries of every list inside an item made text */
    static List<Token> mark(List<Token> tokens) {
        List<Token> marked = new ArrayList<>(tokens);
        boolean insideItem = false;
        for (int i = 0; i < marked.size(); i++) {
            Token token = marked.get(i);
            insideItem |= token.is(LineKind.NUMBERED);
            if (insideItem
                    && token.is(LineKind.TEXT)
                    && LIST_LABEL.on(token.line().content().strip()).matches()) {
                i = markEntries(marked, i + 1);
            }
        }
        return List.copyOf(marked);
    }

    /** @return index of the last entry marked (or of the label line when there is none) */
    private static int markEntries(List<Token> tokens, int from) {
        int value = 1;
        NumberStyle style = null;
        int i = from;
        for (; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            NumberMark mark = token.mark();
            boolean entry = token.is(LineKind.NUMBERED)
                    && mark.value() == value
                    && (style == null || mark.style() == style)
                    && token.rest().length() <= MAX_ENTRY_LENGTH
                    && !TreeBuilder.hasUnits(token.rest());
            if (!entry) {
                break;
            }
            style = mark.style();
            tokens.set(i, new Token(token.line(), LineKind.TEXT, null));
            value++;
        }
        return i - 1;
    }
}
