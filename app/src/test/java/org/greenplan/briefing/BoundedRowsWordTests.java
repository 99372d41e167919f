package org.greenplan.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

class BoundedRowsWordTests {
    @Test
    void everyTableTheBoundCutEndsInOneRowSpanningItWithTheLine() throws IOException {
        BriefingModel cut = withRemainders(
                BriefingWordTests.model(2, List.of("下一步")),
                new BriefingModel.Remainders(
                        new BriefingModel.Remainder(7, "及其他7项指标，详见台账"),
                        BriefingModel.Remainder.NONE,
                        new BriefingModel.Remainder(3, "及其他3项，详见台账"),
                        new BriefingModel.Remainder(1, "及其他1个单位，详见台账")));

        try (XWPFDocument doc = BriefingWordTests.open(BriefingWord.render(BriefingTemplates.defaultTemplate(), cut))) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(4);
            assertLastRow(tables.get(0), 1 + 1 + 1, "及其他7项指标，详见台账", 7);
            assertThat(tables.get(1).getNumberOfRows())
                    .as("good examples: nothing left out")
                    .isEqualTo(1 + 1);
            assertLastRow(tables.get(2), 1 + 2 + 1, "及其他3项，详见台账", 6);
            assertThat(tables.get(2).getRow(2).getCell(5).getText()).isEqualTo("原因12");
            assertLastRow(tables.get(3), 1 + 1 + 1, "及其他1个单位，详见台账", 6);
        }
    }

    private static void assertLastRow(XWPFTable table, int rows, String line, int columns) {
        assertThat(table.getNumberOfRows()).isEqualTo(rows);
        XWPFTableRow last = table.getRow(rows - 1);
        assertThat(last.getTableCells()).hasSize(1);
        assertThat(last.getCell(0).getText()).isEqualTo(line);
        assertThat(last.getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue())
                .isEqualTo(columns);
        assertThat(table.getRow(0).getTableCells()).hasSize(columns);
    }

    private static BriefingModel withRemainders(BriefingModel m, BriefingModel.Remainders remainders) {
        return new BriefingModel(
                m.planId(),
                m.periodId(),
                m.header(),
                m.documentNumber(),
                m.title(),
                m.addressees(),
                m.intro(),
                m.headings(),
                m.overview(),
                m.texts(),
                m.indicators(),
                m.goodExamples(),
                m.laggingTasks(),
                m.laggingUnits(),
                remainders,
                m.nextSteps(),
                m.issuer(),
                m.issuedOn(),
                m.issuedOnText());
    }
}
