package org.greenplan.reporting;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.greenplan.supervision.TaskStatus;

/**
 * The ledger workbook's cell styles, made once per workbook (Excel limits the number of styles). The
 * 状态 cell's fill follows the supervision status: 绿灯 light green, 黄灯 light yellow, 红灯 rose, 停滞 tan,
 * 已完成 light turquoise, 已取消 grey.
 */
final class LedgerStyles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle body;
    final CellStyle centred;
    private final Map<TaskStatus, CellStyle> statuses = new EnumMap<>(TaskStatus.class);

    LedgerStyles(Workbook workbook) {
        title = workbook.createCellStyle();
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        title.setFont(font(workbook, 16, true));
        header = bordered(workbook);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFont(font(workbook, 11, true));
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        body = bordered(workbook);
        body.setFont(font(workbook, 10, false));
        centred = bordered(workbook);
        centred.setAlignment(HorizontalAlignment.CENTER);
        centred.setFont(font(workbook, 10, false));
        for (TaskStatus status : TaskStatus.values()) {
            statuses.put(status, filled(workbook, fill(status)));
        }
    }

    /** @return the fill colour of a status cell */
    static IndexedColors fill(TaskStatus status) {
        return switch (status) {
            case GREEN -> IndexedColors.LIGHT_GREEN;
            case YELLOW -> IndexedColors.LIGHT_YELLOW;
            case RED -> IndexedColors.ROSE;
            case STAGNANT -> IndexedColors.TAN;
            case COMPLETED -> IndexedColors.LIGHT_TURQUOISE;
            case CANCELLED -> IndexedColors.GREY_25_PERCENT;
        };
    }

    CellStyle status(TaskStatus status) {
        return statuses.get(status);
    }

    private static CellStyle filled(Workbook workbook, IndexedColors colour) {
        CellStyle style = bordered(workbook);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setFont(font(workbook, 10, false));
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static Font font(Workbook workbook, int points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }
}
