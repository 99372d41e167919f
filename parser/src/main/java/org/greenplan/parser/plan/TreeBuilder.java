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
 * heading-like line that names no unit as its subject (二、区财政局负责保障工作经费。 is a short task, not a
 * heading), or it stands before the first line with a unit clause in a group (same heading)
 * where no line carries one: such a group is a preamble (016's 一、总体要求 （一）指导思想。以习近平… ), not
 * tasks — a later group without units stays tasks, each reported without units. A task
 * without its own clause takes the unnumbered paragraphs after it up to the first one that ends in a
 * unit clause (a task printed over several paragraphs; such a leaf makes its style a task style, so
 * short title lines such as {@code 1.建立收运体系} followed by their text and unit line are tasks); a task
 * with its own clause takes further paragraphs up to a bare unit line of their own (see
 * {@code paragraphsUpToLabelLine}). Leaves of other styles are headings (their
 * title being the run-in title).
 *
 * <p>Unnumbered paragraphs with a unit clause are unnumbered tasks (number {@code ""}). Other
 * unnumbered paragraphs are not placed: below a heading they are its introduction; after a task they
 * are reported by the caller, unless they are landmarks ({@link BodyLandmarks}).
 */
final class TreeBuilder {

    enum Kind {
        HEADING,
        TASK
    }

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
     * @param unplacedAfterTask those of {@code unplaced} that follow a task rather than a heading and
     *                          are worth a warning
     * @param issues            numbering problems
     */
    record Tree(List<Node> nodes, List<Token> unplaced, List<Token> unplacedAfterTask, List<ParseIssue> issues) {}

    private final List<Node> nodes = new ArrayList<>();
    private final List<Token> unplaced = new ArrayList<>();
    private final List<Token> unplacedAfterTask = new ArrayList<>();
    private final Set<Token> quiet;
    private List<String> headingPath = List.of();
    private boolean afterTask;

    private TreeBuilder(Set<Token> quiet) {
        this.quiet = quiet;
    }

    static Tree build(List<Token> tokens, int bodyStart) {
        BodyItems body = BodyItems.read(tokens.subList(bodyStart, tokens.size()));
        List<BodyItems.Item> items = body.items();
        TaskRanks ranks = TaskRanks.of(items);
        TreeBuilder builder = new TreeBuilder(body.quiet());
        for (int i = 0; i < items.size(); i++) {
            builder.place(items.get(i), ranks.isLeafTask(items, i) && !body.headsTable(i));
        }
        return new Tree(
                List.copyOf(builder.nodes),
                List.copyOf(builder.unplaced),
                List.copyOf(builder.unplacedAfterTask),
                body.issues());
    }

    static boolean hasUnits(String text) {
        return UnitClauseExtractor.extract(text).hasUnits();
    }

    private void place(BodyItems.Item item, boolean leafTask) {
        Outliner.Placed placed = item.placed();
        List<Token> trailing = item.trailing();
        int absorbed = 0;
        Kind kind = Kind.HEADING;
        if (item.ownUnits()) {
            kind = Kind.TASK;
        } else if (leafTask) {
            absorbed = paragraphsUpToUnits(trailing);
            String rest = placed.token().rest();
            boolean task = absorbed > 0 || !Headings.isHeadingLike(rest) || SubjectUnits.namesResponsibleSubject(rest);
            kind = task ? Kind.TASK : Kind.HEADING;
        }
        if (kind == Kind.TASK) {
            for (int more = -1; more != 0; absorbed += more) {
                more = paragraphsUpToLabelLine(trailing.subList(absorbed, trailing.size()));
            }
        }
        Token[] lines = new Token[absorbed + 1];
        lines[0] = placed.token();
        for (int i = 0; i < absorbed; i++) {
            lines[i + 1] = trailing.get(i);
        }
        add(new Node(kind, placed.path(), placed.token().mark().number(), List.of(lines)));
        for (int i = absorbed; i < trailing.size(); i++) {
            unnumbered(trailing.get(i));
        }
    }

    /** @return how many of the following paragraphs belong to the task: up to the first with units */
    private static int paragraphsUpToUnits(List<Token> trailing) {
        for (int i = 0; i < trailing.size(); i++) {
            if (trailing.get(i).clauses().hasUnits()) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * A task with its own units may go on with a paragraph that has its own bare {@code 责任单位：} line
     * after it (one numbered item, two paragraphs, each with its unit line): decision taken for style
     * T3 — the paragraphs stay ONE task with the item's number, and each unit line is a clause of it
     * covering its own paragraph, so who answers for which paragraph stays traceable.
     *
     * @return how many following paragraphs belong to the task: up to a bare unit line after at least
     *         one paragraph of text; 0 when the next paragraph with units has text of its own (an
     *         unnumbered task, 007, 010) or there is none
     */
    private static int paragraphsUpToLabelLine(List<Token> trailing) {
        for (int i = 0; i < trailing.size(); i++) {
            UnitClauseExtractor.Extraction extraction = trailing.get(i).clauses();
            if (extraction.hasUnits()) {
                return i > 0 && extraction.text().isBlank() ? i + 1 : 0;
            }
        }
        return 0;
    }

    private void unnumbered(Token token) {
        UnitClauseExtractor.Extraction extraction = token.clauses();
        if (extraction.hasUnits() && !extraction.text().isEmpty()) {
            List<String> path = new ArrayList<>(headingPath);
            path.add("");
            add(new Node(Kind.TASK, List.copyOf(path), "", List.of(token)));
            return;
        }
        unplaced.add(token);
        if (afterTask && !quiet.contains(token)) {
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

    /**
     * Which leaves may be tasks: see the class comment. {@code firstWithUnits} is the index of the first
     * numbered line with a unit clause; a preamble stands before it.
     */
    private record TaskRanks(Set<Integer> ranks, Set<List<String>> unitParents, int firstWithUnits) {

        /** The run-in label of a paragraph of an item: 实施内容：, 建设要求：, 实施项目：. */
        private static final java.util.regex.Pattern ITEM_PARAGRAPH_LABEL =
                java.util.regex.Pattern.compile("^[\\s\\u3000]*[\\p{IsHan}]{2,6}[：:](?=\\S)");

        static TaskRanks of(List<BodyItems.Item> items) {
            Set<Integer> ranks = new HashSet<>();
            Set<List<String>> parents = new HashSet<>();
            int first = -1;
            for (int i = 0; i < items.size(); i++) {
                Outliner.Placed placed = items.get(i).placed();
                if (items.get(i).ownUnits() || endsInLabelLine(items.get(i))) {
                    ranks.add(placed.rank());
                    parents.add(parent(placed));
                    first = first < 0 ? i : first;
                }
            }
            if (ranks.isEmpty()) {
                ranks.add(deepestSentenceRank(items));
            }
            return new TaskRanks(ranks, parents, first);
        }

        boolean isLeafTask(List<BodyItems.Item> items, int index) {
            Outliner.Placed placed = items.get(index).placed();
            boolean preamble =
                    index < firstWithUnits && !unitParents.contains(parent(placed)) && !absorbsUnits(items.get(index));
            return isLeaf(items, index) && ranks.contains(placed.rank()) && !preamble;
        }

        /**
         * An item whose units come on a bare 责任单位： line after its paragraphs (not an unnumbered task), or
         * at the end of a labelled paragraph of the item ({@code 实施内容：配套建设园路。（区住建局负责）}).
         */
        private static boolean endsInLabelLine(BodyItems.Item item) {
            int absorbed = paragraphsUpToUnits(item.trailing());
            if (absorbed == 0) {
                return false;
            }
            Token last = item.trailing().get(absorbed - 1);
            return last.clauses().text().isBlank()
                    || ITEM_PARAGRAPH_LABEL.matcher(last.line().content()).find();
        }

        private static boolean absorbsUnits(BodyItems.Item item) {
            return paragraphsUpToUnits(item.trailing()) > 0;
        }

        /** No unit clause anywhere: tasks are the deepest level that carries sentences. */
        private static int deepestSentenceRank(List<BodyItems.Item> items) {
            int deepest = -1;
            for (int i = 0; i < items.size(); i++) {
                Outliner.Placed placed = items.get(i).placed();
                if (isLeaf(items, i) && !Headings.isHeadingLike(placed.token().rest())) {
                    deepest = Math.max(deepest, placed.rank());
                }
            }
            return deepest;
        }

        private static boolean isLeaf(List<BodyItems.Item> items, int index) {
            return index == items.size() - 1
                    || items.get(index + 1).placed().rank()
                            <= items.get(index).placed().rank();
        }

        private static List<String> parent(Outliner.Placed placed) {
            return placed.path().subList(0, placed.path().size() - 1);
        }
    }
}
