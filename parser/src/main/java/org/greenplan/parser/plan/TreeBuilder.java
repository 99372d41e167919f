package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the headings and tasks of the body (everything from the first numbered line).
 *
 * <p>Which numbered lines are tasks: a line with a unit clause always is; a line with deeper numbered
 * lines below it never is (it is a heading). A leaf (no deeper lines below) is a task when its style
 * is a task style — one whose lines carry unit clauses somewhere in the document, or, in a document
 * without any unit clause, the deepest style with leaves of sentence length — unless it is a short
 * heading-like line. Such a task without its own clause takes the unnumbered paragraphs after it up
 * to the first one that ends in a unit clause (a task printed over several paragraphs). Leaves of
 * other styles are headings (their title being the run-in title).
 *
 * <p>Unnumbered paragraphs with a unit clause are unnumbered tasks (number {@code ""}). Other
 * unnumbered paragraphs are not placed: below a heading they are its introduction; after a task they
 * are reported by the caller.
 */
final class TreeBuilder {

    enum Kind { HEADING, TASK }

    /** A heading or task with its lines (numbered line first). */
    record Node(Kind kind, List<String> path, String number, List<Token> lines) {
        Token head() {
            return lines.get(0);
        }

        Token last() {
            return lines.get(lines.size() - 1);
        }
    }

    /**
     * @param nodes             headings and tasks in printed order
     * @param unplaced          unnumbered lines that are neither tasks nor part of one
     * @param unplacedAfterTask those of {@code unplaced} that follow a task rather than a heading
     * @param issues            numbering problems
     */
    record Tree(List<Node> nodes, List<Token> unplaced, List<Token> unplacedAfterTask, List<ParseIssue> issues) {
    }

    private record Item(Outliner.Placed placed, List<Token> trailing, boolean ownUnits) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Token> unplaced = new ArrayList<>();
    private final List<Token> unplacedAfterTask = new ArrayList<>();
    private List<String> headingPath = List.of();
    private boolean afterTask;

    private TreeBuilder() {
    }

    static Tree build(List<Token> tokens, int bodyStart) {
        Outliner outliner = new Outliner();
        List<Item> items = items(tokens.subList(bodyStart, tokens.size()), outliner);
        Set<Integer> taskRanks = taskRanks(items);
        TreeBuilder builder = new TreeBuilder();
        for (int i = 0; i < items.size(); i++) {
            builder.place(items.get(i), isLeaf(items, i), taskRanks);
        }
        return new Tree(List.copyOf(builder.nodes), List.copyOf(builder.unplaced),
                List.copyOf(builder.unplacedAfterTask), outliner.issues());
    }

    private static List<Item> items(List<Token> body, Outliner outliner) {
        List<Item> items = new ArrayList<>();
        for (Token token : body) {
            if (token.is(LineKind.NUMBERED)) {
                boolean units = hasUnits(token.rest());
                items.add(new Item(outliner.place(token), new ArrayList<>(), units));
            } else if (token.is(LineKind.TEXT) && !items.isEmpty()) {
                items.get(items.size() - 1).trailing().add(token);
            }
        }
        return items;
    }

    private static Set<Integer> taskRanks(List<Item> items) {
        Set<Integer> ranks = new HashSet<>();
        items.stream().filter(Item::ownUnits).forEach(item -> ranks.add(item.placed().rank()));
        if (ranks.isEmpty()) {
            // no unit clause anywhere: tasks are the deepest level that carries sentences
            int deepest = -1;
            for (int i = 0; i < items.size(); i++) {
                Outliner.Placed placed = items.get(i).placed();
                if (isLeaf(items, i) && !Headings.isHeadingLike(placed.token().rest())) {
                    deepest = Math.max(deepest, placed.rank());
                }
            }
            ranks.add(deepest);
        }
        return ranks;
    }

    private static boolean isLeaf(List<Item> items, int index) {
        return index == items.size() - 1 || items.get(index + 1).placed().rank() <= items.get(index).placed().rank();
    }

    private void place(Item item, boolean leaf, Set<Integer> taskRanks) {
        Outliner.Placed placed = item.placed();
        List<Token> trailing = item.trailing();
        int absorbed = 0;
        Kind kind = Kind.HEADING;
        if (item.ownUnits()) {
            kind = Kind.TASK;
        } else if (leaf && taskRanks.contains(placed.rank())) {
            absorbed = paragraphsUpToUnits(trailing);
            boolean task = absorbed > 0 || !Headings.isHeadingLike(placed.token().rest());
            kind = task ? Kind.TASK : Kind.HEADING;
        }
        List<Token> lines = new ArrayList<>();
        lines.add(placed.token());
        lines.addAll(trailing.subList(0, absorbed));
        add(new Node(kind, placed.path(), placed.token().mark().number(), List.copyOf(lines)));
        trailing.subList(absorbed, trailing.size()).forEach(this::unnumbered);
    }

    /** @return how many of the following paragraphs belong to the task: up to the first with units */
    private static int paragraphsUpToUnits(List<Token> trailing) {
        for (int i = 0; i < trailing.size(); i++) {
            if (hasUnits(trailing.get(i).line().content())) {
                return i + 1;
            }
        }
        return 0;
    }

    private void unnumbered(Token token) {
        if (hasUnits(token.line().content())) {
            List<String> path = new ArrayList<>(headingPath);
            path.add("");
            add(new Node(Kind.TASK, List.copyOf(path), "", List.of(token)));
            return;
        }
        unplaced.add(token);
        if (afterTask) {
            unplacedAfterTask.add(token);
        }
    }

    private void add(Node node) {
        nodes.add(node);
        afterTask = node.kind() == Kind.TASK;
        if (node.kind() == Kind.HEADING) {
            headingPath = node.path();
        }
    }

    private static boolean hasUnits(String text) {
        return UnitClauseExtractor.extract(text).hasUnits();
    }
}
