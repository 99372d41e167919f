package org.greenplan.parser.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenplan.parser.document.TableRowBlock;

/**
 * Finds the tables of a document — runs of consecutive {@link LineKind#TABLE_ROW} lines — and reads
 * each with {@link TableTasks} under the heading printed before it.
 */
final class TableReading {

    /**
     * What the tables hold: headings (sections and 工作任务 groups), task rows, and a warning for each
     * table that could not be read as a task table.
     */
    record Tables(List<Heading> headings, List<TableTasks.Row> rows, List<ParseIssue> issues) {}

    private TableReading() {}

    /**
     * @param tokens   every line of the document
     * @param blocks   the table rows by line number
     * @param headings the headings of the text, in printed order
     */
    static Tables read(List<Token> tokens, Map<Integer, TableRowBlock> blocks, List<Heading> headings) {
        Tables tables = new Tables(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Token> run = new ArrayList<>();
        for (Token token : tokens) {
            if (token.is(LineKind.TABLE_ROW)) {
                run.add(token);
            } else if (!run.isEmpty()) {
                table(run, blocks, headings, tables);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            table(run, blocks, headings, tables);
        }
        return tables;
    }

    private static void table(
            List<Token> run, Map<Integer, TableRowBlock> blocks, List<Heading> headings, Tables tables) {
        int first = run.get(0).line().number();
        List<String> basePath = headings.stream()
                .filter(h -> h.line() < first)
                .reduce((a, b) -> b)
                .map(Heading::path)
                .orElse(List.of());
        List<TableRowBlock> rows =
                run.stream().map(t -> blocks.get(t.line().number())).toList();
        TableTasks table = TableTasks.read(run, rows, basePath);
        tables.headings().addAll(table.headings());
        tables.rows().addAll(table.rows());
        if (!table.recognised()) {
            SourceLine line = run.get(0).line();
            tables.issues()
                    .add(ParseIssue.warning(
                            line.number(),
                            line.column(),
                            IssueCode.TABLE_NOT_TASKS,
                            Abbreviation.of(line.content(), 20)));
        }
    }
}
