package org.greenplan.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the PDF page template needs beyond the {@link BriefingModel}: the red header fitted to the text block and
 * the four tables with column widths measured from their content.
 *
 * @param header       the 发文机关标志's lines and size
 * @param indicators   主要指标完成情况
 * @param goodExamples 工作成效较好的任务
 * @param laggingTasks 进展滞后的任务
 * @param laggingUnits 需要督促的单位
 */
record BriefingPdfLayout(
        RedHeader header, PdfTable indicators, PdfTable goodExamples, PdfTable laggingTasks, PdfTable laggingUnits) {
    /** The text block's width, 156 mm (GB/T 9704-2012 §5.2.2), in points. */
    static final float TEXT_WIDTH_PT = 156 / 25.4f * 72;
    /** The tables' font size: 小四 (12 pt). */
    static final float TABLE_PT = 12f;

    /** The fonts the layout is measured in. */
    record Fonts(GlyphWidths regular, GlyphWidths bold) {}

    static BriefingPdfLayout of(BriefingModel m, DocumentTexts texts, Fonts fonts) {
        Tables t = new Tables(texts, new ColumnWidths(fonts.regular(), fonts.bold(), TABLE_PT));
        return new BriefingPdfLayout(
                RedHeader.fit(m.header(), fonts.bold(), TEXT_WIDTH_PT),
                t.table(
                        m.indicators(),
                        m.remainders().indicators(),
                        new Col<>("task", true, BriefingModel.IndicatorLine::taskNumber),
                        new Col<>("indicator", false, BriefingModel.IndicatorLine::indicator),
                        new Col<>("target", false, BriefingModel.IndicatorLine::target),
                        new Col<>("actual", false, BriefingModel.IndicatorLine::actual),
                        new Col<>("expected", false, BriefingModel.IndicatorLine::expected),
                        new Col<>("light", true, BriefingModel.IndicatorLine::light)),
                t.table(
                        m.goodExamples(),
                        m.remainders().goodExamples(),
                        new Col<>("task", true, BriefingModel.GoodExample::taskNumber),
                        new Col<>("text", false, BriefingModel.GoodExample::text),
                        new Col<>("units", false, BriefingModel.GoodExample::units),
                        new Col<>("kind", false, BriefingModel.GoodExample::kind),
                        new Col<>("progress", false, BriefingModel.GoodExample::progress)),
                t.table(
                        m.laggingTasks(),
                        m.remainders().laggingTasks(),
                        new Col<>("task", true, BriefingModel.LaggingTask::taskNumber),
                        new Col<>("text", false, BriefingModel.LaggingTask::text),
                        new Col<>("lead", false, BriefingModel.LaggingTask::leadUnit),
                        new Col<>("status", true, BriefingModel.LaggingTask::status),
                        new Col<>("reason", false, BriefingModel.LaggingTask::reason)),
                t.table(
                        m.laggingUnits(),
                        m.remainders().laggingUnits(),
                        new Col<>("unit", false, BriefingModel.LaggingUnit::unit),
                        new Col<>("red", true, u -> String.valueOf(u.red())),
                        new Col<>("stagnant", true, u -> String.valueOf(u.stagnant())),
                        new Col<>("late", true, u -> String.valueOf(u.late())),
                        new Col<>("missing", true, u -> String.valueOf(u.missing()))));
    }

    /** A column after 序号: its label's key {@code briefing.doc.col.<key>} and its cell text. */
    private record Col<T>(String key, boolean centred, Function<T, String> cell) {}

    private record Tables(DocumentTexts texts, ColumnWidths widths) {
        @SafeVarargs
        final <T> PdfTable table(List<T> items, BriefingModel.Remainder more, Col<T>... cols) {
            List<String> labels = new ArrayList<>();
            boolean[] centred = new boolean[cols.length + 1];
            labels.add(texts.text("briefing.doc.col.no"));
            centred[0] = true;
            for (int c = 0; c < cols.length; c++) {
                labels.add(texts.text("briefing.doc.col." + cols[c].key()));
                centred[c + 1] = cols[c].centred();
            }
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                List<String> row = new ArrayList<>();
                row.add(String.valueOf(i + 1));
                for (Col<T> col : cols) {
                    row.add(col.cell().apply(items.get(i)));
                }
                rows.add(row);
            }
            float[] w = widths.of(labels, centred, rows, TEXT_WIDTH_PT);
            List<PdfTable.Column> columns = new ArrayList<>();
            for (int c = 0; c < labels.size(); c++) {
                columns.add(new PdfTable.Column(labels.get(c), centred[c], w[c]));
            }
            List<String> first = rows.isEmpty() ? List.of(more.line()) : rows.get(0);
            float keep = widths.rowHeight(labels, w) + widths.rowHeight(first, w);
            return new PdfTable(columns, rows, more.line(), keep);
        }
    }
}
