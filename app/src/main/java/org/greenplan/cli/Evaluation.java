package org.greenplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.planimport.DocumentParsing;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the parser over documents that have golden files and scores each (see {@link PlanComparison}).
 * A document without {@code NAME.expected.json} is skipped; one the parser cannot read scores zero
 * recall with its reason.
 */
final class Evaluation {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final DocumentParsing parsing;

    Evaluation(DocumentParsing parsing) {
        this.parsing = parsing;
    }

    /**
     * One document's scores.
     *
     * @param document file name
     * @param result   the scores
     * @param problem  why the document could not be parsed, or null
     */
    record Row(String document, PlanComparison.Result result, String problem) {}

    List<Row> run(List<Path> documents, Path expectedDir) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Path document : documents) {
            String name = document.getFileName().toString();
            Path golden = expectedDir.resolve(name.replaceFirst("\\.[^.]+$", "") + ".expected.json");
            if (Files.isRegularFile(golden)) {
                rows.add(score(document, ExpectedPlan.from(MAPPER.readTree(golden.toFile()))));
            }
        }
        return rows;
    }

    private Row score(Path document, ExpectedPlan expected) throws IOException {
        String name = document.getFileName().toString();
        try {
            ParsedPlan parsed = parsing.read(Files.readAllBytes(document), name);
            return new Row(name, PlanComparison.compare(parsed, expected), null);
        } catch (RuntimeException unreadable) {
            ParsedPlan nothing =
                    new ParsedPlan(null, null, null, null, null, List.of(), null, List.of(), List.of(), List.of());
            return new Row(name, PlanComparison.compare(nothing, expected), unreadable.getMessage());
        }
    }

    static PlanComparison.Result overall(List<Row> rows) {
        return rows.stream().map(Row::result).reduce(PlanComparison.EMPTY, PlanComparison.Result::plus);
    }

    /** @return a Markdown table: document, then task, unit and target P / R / F1, then an overall row */
    static String table(List<Row> rows) {
        StringBuilder table = new StringBuilder(
                "| document | tasks exp/got | task P R F1 | unit P R F1 | target P R F1 |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append(
                    line(row.document() + (row.problem() == null ? "" : " (" + row.problem() + ")"), row.result()));
        }
        table.append(line("**overall**", overall(rows)));
        return table.toString();
    }

    private static String line(String label, PlanComparison.Result r) {
        return String.format(
                Locale.ROOT,
                "| %s | %d/%d | %s | %s | %s |%n",
                label,
                r.tasks().expected(),
                r.tasks().predicted(),
                r.tasks().format(),
                r.units().format(),
                r.targets().format());
    }
}
