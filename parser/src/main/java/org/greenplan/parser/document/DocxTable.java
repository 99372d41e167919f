package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Turns a Word table into rows of cells: a cell's paragraphs (with their list numbers) become one line,
 * {@code gridSpan} becomes the column span, and vertically merged cells ({@code vMerge}) get a row span
 * on the first cell and copies of its text below.
 */
final class DocxTable {

    /** A cell being built; {@code origin} is the first cell of its vertical merge. */
    private static final class Raw {
        final int column;
        final int colSpan;
        final boolean continues;
        String text;
        int rowSpan = 1;
        Raw origin = this;

        Raw(int column, int colSpan, boolean continues, String text) {
            this.column = column;
            this.colSpan = colSpan;
            this.continues = continues;
            this.text = text;
        }
    }

    private final XWPFTable table;
    private final WordNumbering numbering;

    DocxTable(XWPFTable table, WordNumbering numbering) {
        this.table = table;
        this.numbering = numbering;
    }

    void addRowsTo(BlockList blocks) {
        List<List<Raw>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(rawRow(row, rows.isEmpty() ? List.of() : rows.get(rows.size() - 1)));
        }
        for (List<Raw> row : rows) {
            blocks.row(row.stream().map(DocxTable::cell).toList(), 0);
        }
    }

    private List<Raw> rawRow(XWPFTableRow row, List<Raw> above) {
        List<Raw> cells = new ArrayList<>();
        int column = 0;
        for (XWPFTableCell cell : row.getTableCells()) {
            int span = gridSpan(cell);
            Raw raw = new Raw(column, span, continuesMerge(cell), text(cell));
            if (raw.continues) {
                mergeWithAbove(raw, above);
            }
            cells.add(raw);
            column += span;
        }
        return cells;
    }

    private static void mergeWithAbove(Raw raw, List<Raw> above) {
        for (Raw candidate : above) {
            if (candidate.column == raw.column) {
                raw.origin = candidate.origin;
                raw.text = raw.origin.text;
                raw.origin.rowSpan++;
                return;
            }
        }
    }

    private String text(XWPFTableCell cell) {
        String text = "";
        for (IBodyElement element : cell.getBodyElements()) {
            String piece = element instanceof XWPFParagraph paragraph
                    ? numbering.text(paragraph)
                    : element instanceof XWPFTable nested ? nestedText(nested) : "";
            text = TextJoin.join(text, TextJoin.oneLine(piece));
        }
        return text;
    }

    private static String nestedText(XWPFTable nested) {
        return nested.getText();
    }

    private static TableCell cell(Raw raw) {
        return new TableCell(raw.text, raw.continues ? 1 : raw.rowSpan, raw.colSpan, raw.continues);
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null
                || properties.getGridSpan() == null
                || properties.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(1, properties.getGridSpan().getVal().intValue());
    }

    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getVMerge() == null) {
            return false;
        }
        return properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE;
    }
}
