package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * First pass of the tree builder over the body: every numbered line placed by the {@link Outliner},
 * with the unnumbered paragraphs after it, and the {@link BodyLandmarks} taken into account — 专栏
 * boxes set aside, a new numbering sequence after a document boundary, and the lines that are not worth
 * a warning: boxes, and whatever follows a boundary (附件, a second document's title) up to the next
 * numbered line — an annex title, a preamble, or an annex without tasks such as 007's member list. The
 * items of a 附件 list ({@link LineKind#ANNEX_ITEM}) are left out altogether.
 */
final class BodyItems {

    /**
     * A numbered line with the paragraphs printed after it.
     *
     * @param placed   the line in the hierarchy
     * @param trailing unnumbered paragraphs after it, 专栏 boxes left out
     * @param ownUnits whether the numbered line itself carries a unit clause
     */
    record Item(Outliner.Placed placed, List<Token> trailing, boolean ownUnits) {}

    private final Outliner outliner = new Outliner();
    private final List<Item> items = new ArrayList<>();
    private final Set<Token> quiet = new HashSet<>();
    private final Set<Integer> beforeTables = new HashSet<>();
    private boolean inBox;
    private boolean afterBoundary;

    /** Reads the body: the tokens from the first numbered line on. */
    static BodyItems read(List<Token> body) {
        BodyItems reader = new BodyItems();
        body.forEach(reader::token);
        return reader;
    }

    List<Item> items() {
        return items;
    }

    /** @return unnumbered lines that are not worth a "belongs to no task" warning */
    /**
     * @return whether a table's rows follow item {@code index} before the next item, so that an item without
     *         units of its own stands over the table (一、强化扬尘治理。… then its 任务分工表) as a heading
     */
    boolean headsTable(int index) {
        return beforeTables.contains(index) && !items.get(index).ownUnits();
    }

    Set<Token> quiet() {
        return quiet;
    }

    List<ParseIssue> issues() {
        return outliner.issues();
    }

    private void token(Token token) {
        if (token.is(LineKind.NUMBERED)) {
            numbered(token);
        } else if (token.is(LineKind.TEXT)) {
            text(token);
        } else if (token.is(LineKind.TABLE_ROW) && !items.isEmpty()) {
            beforeTables.add(items.size() - 1);
        }
    }

    private void numbered(Token token) {
        if (afterBoundary
                && token.mark().value() == 1
                && outliner.isTopStyle(token.mark().style())) {
            outliner.newSequence();
        }
        inBox = false;
        afterBoundary = false;
        items.add(new Item(
                outliner.place(token), new ArrayList<>(), token.restClauses().hasUnits()));
    }

    private void text(Token token) {
        String content = token.line().content();
        inBox = BodyLandmarks.opensBox(content) || (inBox && !token.clauses().hasUnits());
        afterBoundary |= BodyLandmarks.isBoundary(content);
        if (inBox || afterBoundary) {
            quiet.add(token);
        }
        if (!inBox && !items.isEmpty()) {
            items.get(items.size() - 1).trailing().add(token);
        }
    }
}
