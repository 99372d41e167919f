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
import org.jsoup.nodes.Entities;

/**
 * PDF tables for the table reader: drawn with PDFBox glyph by glyph where the order of the content stream
 * matters, or rendered from HTML where merged cells matter.
 */
final class PdfTableFixtures {

    /** x of each column's left edge on an A4 page, in points. */
    private static final float[] COLUMN_X = {60, 100, 330, 450};

    private PdfTableFixtures() {}

    /**
     * A table without rules, one line per row, one column after the other: the content stream writes every
     * cell of the first column top to bottom, then the second column, and so on, so that the text comes
     * out of the file in column order, not in reading order.
     *
     * @param title a line printed above the table
     * @param rows  the rows, header first, each with one text per column ({@code COLUMN_X.length} at most)
     */
    static byte[] drawnColumnByColumn(String title, List<List<String>> rows) {
        try (PDDocument document = new PDDocument();
                InputStream font = PdfTableFixtures.class.getResourceAsStream(PdfFixtures.FONT);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font noto = PDType0Font.load(document, font);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text(content, noto, 14, 60, 780, title);
                int columns = rows.stream().mapToInt(List::size).max().orElse(0);
                for (int c = 0; c < columns; c++) {
                    for (int r = 0; r < rows.size(); r++) {
                        if (c < rows.get(r).size() && !rows.get(r).get(c).isEmpty()) {
                            text(
                                    content,
                                    noto,
                                    10.5f,
                                    COLUMN_X[c],
                                    740 - r * 18,
                                    rows.get(r).get(c));
                        }
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A ruled table rendered from HTML (cells top-aligned): {@code rows} are HTML rows written by {@link
     * #cells}, so a test can merge cells with {@code rowspan}.
     */
    static byte[] ruled(String title, List<String> rows) {
        String body =
                "<p class=\"title\">" + Entities.escape(title) + "</p><table>" + String.join("", rows) + "</table>";
        return PdfFixtures.html(PdfFixtures.page("counter(page)", PdfFixtures.TABLE_STYLE, body));
    }

    /**
     * The table {@link #ruled} renders, printed without borders: its columns and merged cells can only be
     * read from the gaps between its text.
     */
    static byte[] unruled(String title, List<String> rows) {
        String body =
                "<p class=\"title\">" + Entities.escape(title) + "</p><table>" + String.join("", rows) + "</table>";
        return PdfFixtures.html(
                PdfFixtures.page("counter(page)", PdfFixtures.TABLE_STYLE + "td, th { border: none; }", body));
    }

    /** @return an HTML row; a cell written {@code "3|text"} spans 3 rows */
    static String cells(String... texts) {
        List<String> cells = new ArrayList<>();
        for (String text : texts) {
            int bar = text.indexOf('|');
            String span = bar > 0 ? " rowspan=\"" + text.substring(0, bar) + "\"" : "";
            cells.add("<td" + span + ">" + Entities.escape(text.substring(bar + 1)) + "</td>");
        }
        return "<tr>" + String.join("", cells) + "</tr>";
    }

    private static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
