package org.greenplan.parser.document;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects a PDF's text as {@link LayoutLine}s, page by page, in reading order (sorted by position). Text
 * inside a ruled table ({@link PdfRulings}, {@link RuledGrid}) goes to that table's cells instead, and the
 * table is kept as a {@link RuledTable}.
 */
final class PdfLines extends PDFTextStripper {

    /** Horizontal gap, in font sizes, that sets two table cells apart. */
    private static final double CELL_GAP = 0.8;
    /** Horizontal gap, in font sizes, read as a space between words. */
    private static final double SPACE_GAP = 0.2;

    private final List<List<LayoutLine>> pages = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> positions = new ArrayList<>();
    private final List<RuledTable> tables = new ArrayList<>();
    private List<LayoutLine> page = new ArrayList<>();
    private List<RuledGrid> grids = List.of();

    /**
     * What a PDF's pages hold.
     *
     * @param lines  one list of lines per page (empty for pages without text), ruled tables' text left out
     * @param tables the ruled tables, in page order, top to bottom
     */
    record Pages(List<List<LayoutLine>> lines, List<RuledTable> tables) {}

    private PdfLines() {
        setSortByPosition(true);
    }

    /** @return the lines of each page and the ruled tables */
    static Pages of(PDDocument document) throws IOException {
        PdfLines lines = new PdfLines();
        lines.writeText(document, Writer.nullWriter());
        return new Pages(lines.pages, lines.tables);
    }

    @Override
    protected void startPage(PDPage pdPage) throws IOException {
        TimedRead.checkpoint();
        page = new ArrayList<>();
        grids = RuledGrids.find(PdfRulings.of(pdPage));
        TimedRead.checkpoint();
    }

    @Override
    protected void endPage(PDPage pdPage) {
        flush();
        pages.add(page);
        for (RuledGrid grid : grids) {
            if (grid.hasText()) {
                List<Double> columns =
                        java.util.Arrays.stream(grid.columnEdges()).boxed().toList();
                tables.add(new RuledTable(getCurrentPageNo(), grid.top(), grid.bottom(), columns, grid.rows()));
            }
        }
        grids = List.of();
    }

    @Override
    protected void writeString(String string, List<TextPosition> textPositions) {
        text.append(string);
        positions.addAll(textPositions);
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    private void flush() {
        String line = TextJoin.dropSpacesBetweenWide(text.toString()).strip();
        boolean taken = !grids.isEmpty() && positions.removeIf(this::inTable);
        if (!line.isEmpty() && !positions.isEmpty()) {
            double size = fontSize();
            List<LayoutLine.Span> spans = spans(size);
            if (taken) {
                line = String.join(
                        " ", spans.stream().map(LayoutLine.Span::text).toList());
            }
            page.add(new LayoutLine(line, getCurrentPageNo(), left(), right(), baseline(), size, spans));
        }
        text.setLength(0);
        positions.clear();
    }

    private boolean inTable(TextPosition glyph) {
        for (RuledGrid grid : grids) {
            if (grid.take(glyph)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits the line where two glyphs stand further apart than {@value #CELL_GAP} of the font size: wider
     * than any word space, as narrow as the margins of two table cells side by side.
     */
    private List<LayoutLine.Span> spans(double size) {
        List<TextPosition> glyphs = new ArrayList<>(positions);
        glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        List<LayoutLine.Span> spans = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        double start = glyphs.get(0).getXDirAdj();
        double end = start;
        for (TextPosition glyph : glyphs) {
            double x = glyph.getXDirAdj();
            if (piece.length() > 0 && x - end > CELL_GAP * size) {
                spans.add(span(start, end, piece));
                piece.setLength(0);
                start = x;
            } else if (piece.length() > 0 && x - end > SPACE_GAP * size) {
                piece.append(' ');
            }
            piece.append(glyph.getUnicode());
            end = Math.max(end, x + glyph.getWidthDirAdj());
        }
        spans.add(span(start, end, piece));
        return spans;
    }

    private static LayoutLine.Span span(double left, double right, CharSequence text) {
        return new LayoutLine.Span(
                left, right, TextJoin.dropSpacesBetweenWide(text.toString()).strip());
    }

    private double left() {
        return positions.stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(0);
    }

    private double right() {
        return positions.stream()
                .mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj())
                .max()
                .orElse(0);
    }

    private double baseline() {
        return positions.stream().mapToDouble(TextPosition::getYDirAdj).max().orElse(0);
    }

    private double fontSize() {
        return positions.stream()
                .mapToDouble(p -> Math.max(p.getFontSizeInPt(), p.getHeightDir()))
                .max()
                .orElse(12);
    }
}
