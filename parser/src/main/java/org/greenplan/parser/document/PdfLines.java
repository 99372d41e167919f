package org.greenplan.parser.document;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects a PDF's text as {@link LayoutLine}s, page by page, in reading order (sorted by position). */
final class PdfLines extends PDFTextStripper {

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
            page.add(new LayoutLine(line, getCurrentPageNo(), left(), right(), baseline(), fontSize()));
        }
        text.setLength(0);
        positions.clear();
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
