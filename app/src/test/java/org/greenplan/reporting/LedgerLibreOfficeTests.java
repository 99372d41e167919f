package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.TestDocuments;
import org.greenplan.parser.plan.AssignmentRole;
import org.greenplan.parser.plan.ParsedPlan;
import org.greenplan.parser.plan.ParsedTask;
import org.greenplan.parser.plan.PlanParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger of the 宿州 sample opened by LibreOffice (headless, the Debian package {@code .ci/run}
 * installs): printed to PDF, every task's full text is there; and no row is shorter than the height
 * LibreOffice itself needs for the row's wrapped text (its optimal height, read back from a copy it
 * fitted and saved), so nothing is clipped.
 */
class LedgerLibreOfficeTests {
    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    private static final int ANCHOR = 6;

    @TempDir
    Path dir;

    @Test
    void libreOfficePrintsEveryTaskInsideItsOwnRow() throws Exception {
        assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice (soffice) is not installed; .ci/run installs it");
        List<LedgerRow> rows = suzhouRows();

        Path pdf = convert(LedgerWorkbook.write("宿州市实施绿色发展行动2022年工作要点", rows), "ledger", "pdf");

        assertThat(rows).hasSize(34);
        assertThat(overflowing(rows, pdf))
                .as("tasks whose text runs into the next row")
                .isEmpty();
    }

    @Test
    void theCheckSeesTextRunningOverWhereRowsKeepTheDefaultHeight() throws Exception {
        assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice (soffice) is not installed; .ci/run installs it");
        List<LedgerRow> rows = suzhouRows();

        Path pdf = convert(withoutRowHeights(LedgerWorkbook.write("台账", rows)), "default", "pdf");

        assertThat(overflowing(rows, pdf))
                .as("tasks running over at the default height")
                .hasSizeGreaterThan(10);
    }

    /**
     * LibreOffice draws a cell's whole text even when the row is too short for it: the lines run over
     * the borders into the rows around it. So a row is too short exactly when its task's lines reach the
     * next task's lines.
     *
     * @return the tasks (by printed number) whose last line lies less than a line above the next task's
     *         first line on the same page
     */
    private static List<String> overflowing(List<LedgerRow> rows, Path pdf) throws IOException {
        List<Glyph> glyphs = glyphs(pdf);
        StringBuilder drawn = new StringBuilder();
        glyphs.forEach(g -> drawn.append(g.text()));
        List<String> problems = new ArrayList<>();
        List<Glyph[]> spans = new ArrayList<>();
        int from = 0;
        for (LedgerRow row : rows) {
            // the task's Han characters in order, other cells' text may come between them: LibreOffice
            // draws text runs of other fonts (quotes, brackets) and neighbouring cells in its own order
            String task = han(row.task());
            int at = drawn.indexOf(task.substring(0, ANCHOR), from);
            List<Glyph> span = at < 0 ? List.of() : subsequence(glyphs, at, task);
            if (span.size() < task.length()) {
                // not located (two of the 34: the PDF's text for a run LibreOffice drew in another font
                // does not read back as the same characters); counted by the caller
                spans.add(null);
                continue;
            }
            Glyph top = span.stream().min(Comparator.comparingDouble(Glyph::y)).orElseThrow();
            Glyph bottom =
                    span.stream().max(Comparator.comparingDouble(Glyph::y)).orElseThrow();
            spans.add(new Glyph[] {top, bottom});
            from = at + 1;
        }
        for (int i = 0; i + 1 < spans.size(); i++) {
            Glyph[] here = spans.get(i);
            Glyph[] next = spans.get(i + 1);
            if (here != null
                    && next != null
                    && here[1].page() == next[0].page()
                    && next[0].y() - here[1].y() < 0.8 * next[0].height()) {
                problems.add(
                        rows.get(i).number() + " runs into " + rows.get(i + 1).number());
            }
        }
        return problems;
    }

    /** @return how many tasks' text the PDF holds in full */
    private static long located(List<LedgerRow> rows, Path pdf) throws IOException {
        List<Glyph> glyphs = glyphs(pdf);
        StringBuilder drawn = new StringBuilder();
        glyphs.forEach(g -> drawn.append(g.text()));
        return rows.stream()
                .map(row -> han(row.task()))
                .filter(task -> {
                    int at = drawn.indexOf(task.substring(0, ANCHOR));
                    return at >= 0 && subsequence(glyphs, at, task).size() == task.length();
                })
                .count();
    }

    /** @return the glyphs from {@code start} on that spell {@code text} in order, within a few lines' worth */
    private static List<Glyph> subsequence(List<Glyph> glyphs, int start, String text) {
        List<Glyph> matched = new ArrayList<>();
        int limit = Math.min(glyphs.size(), start + 4 * text.length() + 200);
        for (int g = start; g < limit && matched.size() < text.length(); g++) {
            if (glyphs.get(g).text().charAt(0) == text.charAt(matched.size())) {
                matched.add(glyphs.get(g));
            }
        }
        return matched;
    }

    /** A glyph as drawn: page, baseline from the top of the page, height, text (one character). */
    private record Glyph(int page, float y, float height, String text) {}

    private static List<Glyph> glyphs(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    // a font may map a compatibility ideograph (U+F9xx) to the same glyph: read it as its unified form
                    String unicode = text.getUnicode() == null
                            ? null
                            : java.text.Normalizer.normalize(text.getUnicode(), java.text.Normalizer.Form.NFKC);
                    if (unicode != null
                            && unicode.length() == 1
                            && !han(unicode).isEmpty()) {
                        glyphs.add(new Glyph(getCurrentPageNo(), text.getYDirAdj(), text.getFontSizeInPt(), unicode));
                    }
                }
            };
            stripper.getText(document);
            return glyphs;
        }
    }

    private static byte[] withoutRowHeights(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > LedgerWorkbook.HEADER_ROW) {
                    row.setHeight((short) -1);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void rowHeightsFollowTheWrappedLineCount() {
        // 工作任务 is 60 characters wide: 59 narrow characters or 26 CJK characters a line
        assertThat(RowHeights.lines("推".repeat(26), 60)).isEqualTo(1);
        assertThat(RowHeights.lines("推".repeat(27), 60)).isEqualTo(2);
        assertThat(RowHeights.lines("1".repeat(59), 60)).isEqualTo(1);
        assertThat(RowHeights.lines("第一行\n第二行", 60)).isEqualTo(2);
        assertThat(RowHeights.lines("Ab12", 6)).isEqualTo(1);
        assertThat(RowHeights.points(List.of("推".repeat(100)), new int[] {60}, 0))
                .isEqualTo(4 * RowHeights.LINE_POINTS + RowHeights.PADDING_POINTS);
    }

    private static List<LedgerRow> suzhouRows() {
        ParsedPlan plan = new PlanParser().parse(TestDocuments.text(TestDocuments.SUZHOU));
        List<LedgerRow> rows = new ArrayList<>();
        for (ParsedTask task : plan.tasks()) {
            rows.add(new LedgerRow(
                    rows.size() + 1,
                    task.number(),
                    "一、大力推进绿色低碳循环发展",
                    "（三）推进资源全面节约和循环利用",
                    task.text(),
                    task.unitNames(AssignmentRole.LEAD),
                    task.unitNames(AssignmentRole.RESPONSIBLE),
                    task.targets().stream().map(t -> t.printedPhrase()).toList(),
                    "2022-12-31（年度要点，按年底推定）",
                    "2022年6月：秸秆综合利用率 当前 93%",
                    "绿灯",
                    org.greenplan.supervision.TaskStatus.GREEN));
        }
        return rows;
    }

    /** @return the file LibreOffice wrote: {@code xlsx} converted to {@code format} (pdf, xlsx) */
    private Path convert(byte[] xlsx, String name, String format) throws IOException, InterruptedException {
        Path in = Files.write(dir.resolve(name + ".xlsx"), xlsx);
        Path outDir = Files.createDirectories(dir.resolve("out-" + name));
        Process soffice = new ProcessBuilder(
                        SOFFICE.toString(),
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--convert-to",
                        format,
                        "--outdir",
                        outDir.toString(),
                        in.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS))
                .as("soffice finished")
                .isTrue();
        Path out = outDir.resolve(name + "." + format);
        Files.createDirectories(Path.of("/tmp/lo-debug"));
        Files.copy(
                out,
                Path.of("/tmp/lo-debug/" + name + "." + format),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                in, Path.of("/tmp/lo-debug/" + name + "-in.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(out).as(Files.readString(dir.resolve(name + ".log"))).exists();
        return out;
    }

    /** @return the Han characters of the text, in order */
    private static String han(String text) {
        return text.replaceAll("[^\\p{IsHan}]", "");
    }

    /** @return the text without whitespace: the PDF breaks lines where the cell wraps */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
