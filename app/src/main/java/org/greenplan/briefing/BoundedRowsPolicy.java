package org.greenplan.briefing;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.policy.RenderPolicy;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A briefing table's rows: poi-tl's {@link LoopRowTableRenderPolicy} repeats the template's row per line, then,
 * when the briefing's row bound left lines out, one more row spanning the whole table says so (及其他 N 项，详见台账),
 * a copy of the last row with its cell and run formatting, so it looks like the office's template.
 */
final class BoundedRowsPolicy implements RenderPolicy {
    private final LoopRowTableRenderPolicy rows = new LoopRowTableRenderPolicy();
    private final String more;

    /** @param more the last row's text; empty for none */
    BoundedRowsPolicy(String more) {
        this.more = more;
    }

    @Override
    public void render(ElementTemplate element, Object data, XWPFTemplate template) {
        XWPFTable table = tableOf(element);
        rows.render(element, data, template);
        if (!more.isEmpty() && table != null && table.getCTTbl().sizeOfTrArray() > 1) {
            appendLine(table, more);
        }
    }

    private static XWPFTable tableOf(ElementTemplate element) {
        if (element instanceof RunTemplate run
                && run.getRun().getParent() instanceof XWPFParagraph p
                && p.getBody() instanceof XWPFTableCell cell) {
            return cell.getTableRow().getTable();
        }
        return null;
    }

    /** Adds a copy of the last row, its cells merged into one holding {@code text}. */
    static void appendLine(XWPFTable table, String text) {
        CTRow last = table.getCTTbl().getTrArray(table.getCTTbl().sizeOfTrArray() - 1);
        XWPFTableRow row = new XWPFTableRow((CTRow) last.copy(), table);
        List<XWPFTableCell> cells = row.getTableCells();
        XWPFTableCell first = cells.get(0);
        long span = 0;
        long width = 0;
        boolean dxa = true;
        for (XWPFTableCell cell : cells) {
            CTTcPr pr = cell.getCTTc().getTcPr();
            span += pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().longValue() : 1;
            dxa &= pr != null && pr.isSetTcW() && pr.getTcW().getType() == STTblWidth.DXA;
            width += dxa ? Long.parseLong(pr.getTcW().xgetW().getStringValue()) : 0;
        }
        for (int i = cells.size() - 1; i > 0; i--) {
            row.removeCell(i);
        }
        CTTcPr pr = first.getCTTc().isSetTcPr()
                ? first.getCTTc().getTcPr()
                : first.getCTTc().addNewTcPr();
        (pr.isSetGridSpan() ? pr.getGridSpan() : pr.addNewGridSpan()).setVal(BigInteger.valueOf(span));
        if (dxa) {
            pr.getTcW().setW(BigInteger.valueOf(width));
        }
        write(first, text);
        table.addRow(row);
    }

    /** Leaves the cell's first paragraph and run (their formatting) holding the text only. */
    private static void write(XWPFTableCell cell, String text) {
        for (int i = cell.getParagraphs().size() - 1; i > 0; i--) {
            cell.removeParagraph(i);
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        for (int i = p.getRuns().size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
        (p.getRuns().isEmpty() ? p.createRun() : p.getRuns().get(0)).setText(text, 0);
        p.setAlignment(ParagraphAlignment.LEFT);
    }
}
