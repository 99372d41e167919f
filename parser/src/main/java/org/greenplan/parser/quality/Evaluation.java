package org.greenplan.parser.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greenplan.parser.document.DocumentReaders;
import org.greenplan.parser.document.ReadLimits;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.PlanParser;

/**
 * Runs the parser over documents that have golden files and scores each (see {@link PlanComparison}).
 * A document without {@code NAME.expected.json} is skipped; one the parser cannot read scores zero
 * recall with its reason.
 */
public final class Evaluation {
    private final DocumentParser parser;

    /** How a document file becomes a parsed plan. */
    @FunctionalInterface
    public interface DocumentParser {
        /**
         * @param document the file
         * @return the parse, issues included
         * @throws IOException      when the file cannot be read
         * @throws RuntimeException when the document is refused; its message is reported as the problem
         */
        ParsedPlan parse(Path document) throws IOException;
    }

    /** @param parser reads and parses one document (the command line passes its own import checks) */
    public Evaluation(DocumentParser parser) {
        this.parser = parser;
    }

    /** With the document readers (any format, default read limits) and {@link PlanParser}. */
    public Evaluation() {
        this(document -> new PlanParser()
                .parse(DocumentReaders.read(
                        Files.readAllBytes(document),
                        document.getFileName().toString(),
                        ReadLimits.DEFAULTS.toBuilder().maxBytes(Long.MAX_VALUE).build())));
    }

    /**
     * One document's scores.
     *
     * @param document file name
     * @param result   the scores
     * @param problem  why the document could not be parsed, or null
     */
    public record Row(String document, PlanComparison.Result result, String problem) {}

    /**
     * @param documents   document files, scored in this order
     * @param expectedDir folder holding {@code NAME.expected.json} for document {@code NAME.ext}
     * @return one row per document that has a golden file
     * @throws IOException when a document or golden file cannot be read
     */
    public List<Row> run(List<Path> documents, Path expectedDir) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Path document : documents) {
            Path golden = goldenFile(document, expectedDir);
            if (Files.isRegularFile(golden)) {
                rows.add(score(document, ExpectedPlan.read(golden)));
            }
        }
        return rows;
    }

    /** @return {@code expectedDir/NAME.expected.json} for {@code NAME.ext} */
    public static Path goldenFile(Path document, Path expectedDir) {
        String name = document.getFileName().toString();
        return expectedDir.resolve(name.replaceFirst("\\.[^.]+$", "") + GoldenFiles.SUFFIX);
    }

    /**
     * @param document the document file
     * @param expected its golden reading
     * @return its scores; when the parser refuses it, zero recall and the refusal as the problem
     * @throws IOException when the document cannot be read
     */
    public Row score(Path document, ExpectedPlan expected) throws IOException {
        String name = document.getFileName().toString();
        try {
            return new Row(name, PlanComparison.compare(parser.parse(document), expected), null);
        } catch (RuntimeException unreadable) {
            ParsedPlan nothing =
                    new ParsedPlan(null, null, null, null, null, List.of(), null, List.of(), List.of(), List.of());
            return new Row(name, PlanComparison.compare(nothing, expected), unreadable.getMessage());
        }
    }

    /** @return the rows' scores summed */
    public static PlanComparison.Result overall(List<Row> rows) {
        return rows.stream().map(Row::result).reduce(PlanComparison.EMPTY, PlanComparison.Result::plus);
    }

    /** @return a Markdown table: document, then task, unit and target P / R / F1, then an overall row */
    public static String table(List<Row> rows) {
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
