package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The 宿州 plan as a 任务分解表, one table per part (一、…): 序号 | 类别 | 工作任务 | 责任单位 | 完成时限, the 类别
 * cell (the section's title) merged over the rows of its section's tasks, every deadline 2022年12月底. The
 * notice, the title and the part headings stand as paragraphs. Rendered as a ruled PDF drawn with PDFBox
 * (tasks wrapped in their cells, tables broken across pages with the header repeated) and as the same table
 * in docx (merged with {@code vMerge}).
 */
final class SuzhouBreakdown {

    static final List<String> HEADER = List.of("序号", "类别", "工作任务", "责任单位", "完成时限");
    static final String DEADLINE = "2022年12月底";
    static final float[] WIDTHS = {32, 70, 233, 90, 50};

    /** A section (类别) and its task lines. */
    private record Section(String title, List<String[]> tasks) {}

    private SuzhouBreakdown() {}

    /** @return the pieces to draw: paragraphs, and one table per part */
    static List<RuledTableFixtures.Piece> pieces(List<String> lines) {
        List<RuledTableFixtures.Piece> pieces = new ArrayList<>();
        List<Section> part = new ArrayList<>();
        for (String line : lines) {
            if (ReferenceText.isTask(line)) {
                part.get(part.size() - 1).tasks().add(ReferenceText.taskParts(line));
            } else if (line.matches("[（(][一二三四五六七八九十]+[)）].*")) {
                part.add(new Section(line.replaceFirst("^[（(][一二三四五六七八九十]+[)）]", ""), new ArrayList<>()));
            } else {
                flush(part, pieces);
                pieces.add(RuledTableFixtures.Piece.paragraph(line));
            }
        }
        flush(part, pieces);
        return pieces;
    }

    /** @return the plan as a ruled PDF */
    static byte[] pdf(List<String> lines, RuledTableFixtures.Borders borders) {
        return RuledTableFixtures.draw(pieces(lines), borders, true, 60);
    }

    /** @return the same tables in docx, 类别 merged with {@code vMerge} */
    static byte[] docx(List<String> lines) {
        XWPFDocument document = new XWPFDocument();
        for (RuledTableFixtures.Piece piece : pieces(lines)) {
            if (piece.paragraph() != null) {
                document.createParagraph().createRun().setText(piece.paragraph());
                continue;
            }
            List<List<String>> rows = piece.rows();
            XWPFTable table = document.createTable(rows.size(), HEADER.size());
            String[] merged = new String[1];
            for (int r = 0; r < rows.size(); r++) {
                fill(table.getRow(r), rows.get(r), merged);
            }
        }
        return DocxFixtures.bytes(document);
    }

    private static void fill(XWPFTableRow row, List<String> written, String[] merged) {
        boolean continues = written.size() < HEADER.size();
        int at = 0;
        for (int c = 0; c < HEADER.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            if (c == 1 && continues) {
                cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                continue;
            }
            String text = written.get(at++);
            if (c == 1 && text.contains("|")) {
                cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                text = text.substring(text.indexOf('|') + 1);
                merged[0] = text;
            }
            cell.getParagraphs().get(0).createRun().setText(text);
        }
    }

    private static void flush(List<Section> part, List<RuledTableFixtures.Piece> pieces) {
        if (part.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Section section : part) {
            for (int i = 0; i < section.tasks().size(); i++) {
                String[] task = section.tasks().get(i);
                List<String> row = new ArrayList<>();
                row.add(task[0]);
                if (i == 0) {
                    row.add(section.tasks().size() + "|" + section.title());
                }
                row.add(task[1]);
                row.add(task[2]);
                row.add(DEADLINE);
                rows.add(row);
            }
        }
        pieces.add(RuledTableFixtures.Piece.table(WIDTHS, rows));
        part.clear();
    }
}
