package org.greenplan.parser.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Word 97–2003 (.doc) via POI HWPF: paragraph texts in order with their automatic list numbers, tables
 * as rows of cells (merged cells are not expanded). Field codes are dropped, their results kept.
 */
final class DocReader implements FormatReader {

    /** Control characters Word keeps in text: cell and row marks, pictures, page breaks, ... */
    private static final Pattern CONTROLS = Pattern.compile("[\\u0000-\\u0008\\u000C\\u000E-\\u001F]");

    @Override
    public SourceDocument read(byte[] bytes, ReadLimits limits) throws IOException {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range range = document.getRange();
            DocNumbering numbering = new DocNumbering();
            BlockList blocks = new BlockList();
            int i = 0;
            while (i < range.numParagraphs()) {
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable()) {
                    i += addTable(range.getTable(paragraph), numbering, blocks);
                } else {
                    blocks.paragraph(numbering.text(paragraph, clean(paragraph.text())), 0);
                    i++;
                }
            }
            return blocks.build(DocumentFormat.DOC);
        } catch (EncryptedDocumentException e) {
            throw new DocumentReadException(ReadRefusal.ENCRYPTED, e);
        }
    }

    /** @return the number of paragraphs the table spans */
    private static int addTable(Table table, DocNumbering numbering, BlockList blocks) {
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                cells.add(TableCell.of(cellText(row.getCell(c), numbering)));
            }
            blocks.row(cells, 0);
        }
        return Math.max(1, table.numParagraphs());
    }

    private static String cellText(org.apache.poi.hwpf.usermodel.TableCell cell, DocNumbering numbering) {
        String text = "";
        for (int p = 0; p < cell.numParagraphs(); p++) {
            Paragraph paragraph = cell.getParagraph(p);
            text = TextJoin.join(text, TextJoin.oneLine(numbering.text(paragraph, clean(paragraph.text()))));
        }
        return text;
    }

    private static String clean(String text) {
        String withoutFields = Range.stripFields(text).replace('\u000B', '\n');
        return CONTROLS.matcher(withoutFields).replaceAll("");
    }
}
