package org.greenplan.parser.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Ruled tables drawn with PDFBox as a word processor prints them: cell borders drawn as lines (or as thin
 * filled rectangles, as Word's PDF export does), text wrapped inside its cell in Noto Sans SC 10.5 pt, cells
 * merged over rows and columns, tables broken across pages between rows with the header row repeated. Text
 * stands before and after tables as paragraphs.
 */
final class RuledTableFixtures {

    /** How the cell borders are drawn. */
    enum Borders {
        /** Each cell edge a stroked line. */
        LINES,
        /** Each cell edge a filled rectangle 0.5 pt thick. */
        FILLED
    }

    /**
     * One piece of the page: a paragraph, or a table.
     *
     * @param paragraph the paragraph's text, or null for a table
     * @param widths    the table's column widths in points
     * @param rows      the table's rows, header first; a cell written {@code "3|text"} spans 3 rows, {@code
     *                  "-2|text"} spans 2 columns; a covered grid place has no entry
     */
    record Piece(String paragraph, float[] widths, List<List<String>> rows) {
        static Piece paragraph(String text) {
            return new Piece(text, null, null);
        }

        static Piece table(float[] widths, List<List<String>> rows) {
            return new Piece(null, widths, rows);
        }
    }

    private static final float SIZE = 10.5f;
    private static final float LEADING = 14;
    private static final float PAD = 4;
    private static final float LEFT = 60;
    private static final float TOP = 790;
    private static final float BOTTOM = 60;
    private static final float TEXT_WIDTH = 475;

    private final PDDocument document = new PDDocument();
    private final Borders borders;
    private final boolean repeatHeader;
    private final float pageBottom;
    private PDType0Font font;
    private PDPageContentStream content;
    private float y;

    private RuledTableFixtures(Borders borders, boolean repeatHeader, float pageBottom) {
        this.borders = borders;
        this.repeatHeader = repeatHeader;
        this.pageBottom = pageBottom;
    }

    /** @return the pieces drawn on A4 pages, borders as lines, the header repeated on each page */
    static byte[] draw(List<Piece> pieces) {
        return draw(pieces, Borders.LINES, true, BOTTOM);
    }

    /**
     * @param pageBottom y below which nothing is drawn (a larger value breaks tables sooner)
     * @return the pieces drawn on A4 pages
     */
    static byte[] draw(List<Piece> pieces, Borders borders, boolean repeatHeader, float pageBottom) {
        RuledTableFixtures fixture = new RuledTableFixtures(borders, repeatHeader, pageBottom);
        try (fixture.document;
                InputStream noto = RuledTableFixtures.class.getResourceAsStream(PdfFixtures.FONT);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fixture.font = PDType0Font.load(fixture.document, noto);
            fixture.newPage();
            for (Piece piece : pieces) {
                if (piece.paragraph() != null) {
                    fixture.paragraph(piece.paragraph());
                } else {
                    fixture.table(piece.widths(), piece.rows());
                }
            }
            fixture.content.close();
            fixture.document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    private void paragraph(String text) throws IOException {
        List<String> lines = wrap(text, TEXT_WIDTH - 2 * 12, 12);
        for (int i = 0; i < lines.size(); i++) {
            if (y - 20 < pageBottom) {
                newPage();
            }
            text(lines.get(i), LEFT + (i == 0 ? 24 : 0), y - 12, 12);
            y -= 20;
        }
        y -= 4;
    }

    /** A placed cell: its grid place, spans and wrapped lines. */
    private record Cell(int row, int column, int rowSpan, int colSpan, List<String> lines) {}

    private void table(float[] widths, List<List<String>> rows) throws IOException {
        List<Cell> cells = place(widths, rows);
        float[] heights = heights(cells, rows.size());
        int r = 0;
        boolean first = true;
        while (r < rows.size()) {
            int end = r;
            float height = 0;
            while (end < rows.size() && (end == r || y - height - heights[end] >= pageBottom)) {
                height += heights[end++];
            }
            if (!first && repeatHeader) {
                drawRows(cells, widths, heights, 0, 1);
            }
            drawRows(cells, widths, heights, r, end);
            r = end;
            first = false;
            if (r < rows.size()) {
                newPage();
            }
        }
        y -= 8;
    }

    /** Draws rows [from, to) at the current y, and moves y below them. */
    private void drawRows(List<Cell> cells, float[] widths, float[] heights, int from, int to) throws IOException {
        float[] top = new float[heights.length + 1];
        top[from] = y;
        for (int r = from; r < to; r++) {
            top[r + 1] = top[r] - heights[r];
        }
        for (Cell cell : cells) {
            int first = Math.max(cell.row(), from);
            int last = Math.min(cell.row() + cell.rowSpan(), to);
            if (first >= last) {
                continue;
            }
            float x = LEFT;
            for (int c = 0; c < cell.column(); c++) {
                x += widths[c];
            }
            float w = 0;
            for (int c = cell.column(); c < cell.column() + cell.colSpan(); c++) {
                w += widths[c];
            }
            box(x, top[last], w, top[first] - top[last]);
            if (first == cell.row()) {
                for (int i = 0; i < cell.lines().size(); i++) {
                    float baseline = top[first] - PAD - SIZE - i * LEADING;
                    if (baseline > top[last]) {
                        text(cell.lines().get(i), x + PAD, baseline, SIZE);
                    }
                }
            }
        }
        y = top[to];
    }

    private List<Cell> place(float[] widths, List<List<String>> rows) throws IOException {
        List<Cell> cells = new ArrayList<>();
        boolean[][] taken = new boolean[rows.size()][widths.length];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (String written : rows.get(r)) {
                while (c < widths.length && taken[r][c]) {
                    c++;
                }
                int bar = written.indexOf('|');
                int span = bar > 0 ? Integer.parseInt(written.substring(0, bar)) : 1;
                int rowSpan = Math.max(1, span);
                int colSpan = Math.max(1, -span);
                float width = -2 * PAD;
                for (int k = c; k < c + colSpan; k++) {
                    width += widths[k];
                }
                List<String> lines = wrap(written.substring(bar + 1), width, SIZE);
                cells.add(new Cell(r, c, rowSpan, colSpan, lines));
                for (int rr = r; rr < r + rowSpan; rr++) {
                    for (int cc = c; cc < c + colSpan; cc++) {
                        taken[rr][cc] = true;
                    }
                }
                c += colSpan;
            }
        }
        return cells;
    }

    /** Each row as high as its tallest cell of one row; a merged cell's overflow goes to its last row. */
    private static float[] heights(List<Cell> cells, int rows) {
        float[] heights = new float[rows];
        for (Cell cell : cells) {
            if (cell.rowSpan() == 1) {
                heights[cell.row()] = Math.max(heights[cell.row()], need(cell));
            }
        }
        for (Cell cell : cells) {
            float have = 0;
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                have += Math.max(heights[r], 2 * PAD + LEADING);
                heights[r] = Math.max(heights[r], 2 * PAD + LEADING);
            }
            int last = cell.row() + cell.rowSpan() - 1;
            heights[last] += Math.max(0, need(cell) - have);
        }
        return heights;
    }

    private static float need(Cell cell) {
        return 2 * PAD + cell.lines().size() * LEADING;
    }

    private void box(float x, float bottom, float w, float h) throws IOException {
        if (borders == Borders.LINES) {
            content.setLineWidth(0.75f);
            content.addRect(x, bottom, w, h);
            content.stroke();
            return;
        }
        float t = 0.5f;
        content.addRect(x, bottom + h - t / 2, w, t);
        content.addRect(x, bottom - t / 2, w, t);
        content.addRect(x - t / 2, bottom, t, h);
        content.addRect(x + w - t / 2, bottom, t, h);
        content.fill();
    }

    private List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = line + new String(Character.toChars(cp));
            if (line.length() > 0 && font.getStringWidth(next) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private void text(String text, float x, float baseline, float size) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }
}
