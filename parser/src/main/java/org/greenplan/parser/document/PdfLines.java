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

/** Collects a PDF's text as {@link LayoutLine}s, page by page, in reading order (sorted by position). */
final class PdfLines extends PDFTextStripper {

    /** Horizontal gap, in font sizes, that sets two table cells apart. */
    private static final double CELL_GAP = 0.8;
    /** Horizontal gap, in font sizes, read as a space between words. */
    private static final double SPACE_GAP = 0.2;

    private final List<List<LayoutLine>> pages = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> positions = new ArrayList<>();
    private List<LayoutLine> page = new ArrayList<>();

    private PdfLines() {
        setSortByPosition(true);
    }

    /** @return one list of lines per page, empty for pages without text */
    static List<List<LayoutLine>> of(PDDocument document) throws IOException {
        PdfLines lines = new PdfLines();
        lines.writeText(document, Writer.nullWriter());
        return lines.pages;
    }

    @Override
    protected void startPage(PDPage pdPage) {
        TimedRead.checkpoint();
        page = new ArrayList<>();
    }

    @Override
    protected void endPage(PDPage pdPage) {
        flush();
        pages.add(page);
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
        if (!line.isEmpty() && !positions.isEmpty()) {
            double size = fontSize();
            page.add(new LayoutLine(line, getCurrentPageNo(), left(), right(), baseline(), size, spans(size)));
        }
        text.setLength(0);
        positions.clear();
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
