package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.DatabaseCleaner;
import org.greenplan.IntegrationTest;
import org.greenplan.TestDocuments;
import org.greenplan.planimport.PlanImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LedgerExportIntegrationTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.greenplan.plan.PlanCatalog catalog;

    @Autowired
    org.greenplan.targets.TargetTracking tracking;

    long planId;

    @BeforeEach
    void importSuzhou() {
        DatabaseCleaner.clean(jdbc);
        planId = importer.importAndPublish(TestDocuments.bytes(TestDocuments.SUZHOU), TestDocuments.SUZHOU)
                .planId();
    }

    @Test
    void exportsOneRowPerTaskWithChineseHeadersAndAFrozenHeaderRow() throws Exception {
        byte[] xlsx = mvc.perform(get("/plans/{id}/ledger.xlsx", planId).param("on", "2022-06-30"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("台账");
            assertThat(texts(sheet.getRow(0))).first().isEqualTo("宿州市实施绿色发展行动2022年工作要点任务台账");
            assertThat(texts(sheet.getRow(1)))
                    .containsExactly("序号", "一级分类", "二级分类", "工作任务", "牵头单位", "责任单位/配合单位", "目标", "完成时限", "进展情况", "状态");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 34);

            Row task10 = sheet.getRow(1 + 10);
            assertThat(task10.getCell(0).getNumericCellValue()).isEqualTo(10.0);
            assertThat(task10.getCell(1).getStringCellValue()).isEqualTo("一、大力推进绿色低碳循环发展");
            assertThat(task10.getCell(2).getStringCellValue()).isEqualTo("（三）推进资源全面节约和循环利用");
            assertThat(task10.getCell(3).getStringCellValue()).startsWith("推进秸秆综合利用工程。");
            assertThat(task10.getCell(4).getStringCellValue())
                    .as("no lead printed: the first responsible unit, marked as such")
                    .isEqualTo("市农业农村局（列首位，文件未注明牵头）");
            assertThat(task10.getCell(7).getStringCellValue())
                    .as("a 年度工作要点 task without a deadline: the plan year's end, implied")
                    .isEqualTo("2022-12-31（年度要点，按年底推定）");
            assertThat(task10.getHeightInPoints())
                    .as("row height set for its wrapped text")
                    .isGreaterThan(30f);
            assertThat(task10.getCell(5).getStringCellValue()).isEqualTo("市农业农村局");
            assertThat(task10.getCell(9).getStringCellValue())
                    .as("nothing reported, and no reporting period to be due: the status and why no 未报送")
                    .isEqualTo("绿灯\n未设报送周期");
            assertThat(task10.getCell(3).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(1 + 27).getCell(5).getStringCellValue()).isEqualTo("市审计局、市委组织部、市纪委监委");
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(0) * 5);
        }
    }

    @Test
    void showsReportedValuesAndTheSupervisionStatusOfATask() throws Exception {
        var task10 = catalog.tasks(planId, null).stream()
                .filter(t -> t.number().equals("10"))
                .findFirst()
                .orElseThrow();
        tracking.recordValue(
                planId,
                task10.id(),
                task10.targets().get(0).id(),
                java.time.LocalDate.of(2022, 6, 1),
                new java.math.BigDecimal("93"),
                false,
                null);

        byte[] xlsx = mvc.perform(get("/plans/{id}/ledger.xlsx", planId).param("on", "2022-06-30"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getSheetAt(0).getRow(1 + 10);
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("2022年6月：秸秆综合利用率 当前 93%");
            assertThat(((org.apache.poi.xssf.usermodel.XSSFCellStyle)
                                    row.getCell(9).getCellStyle())
                            .getFillForegroundColor())
                    .as("a green status cell")
                    .isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_GREEN.getIndex());
            assertThat(row.getCell(9).getStringCellValue())
                    .as("93 meets ≥ 92: supervision's TARGETS_MET, green until the office closes it out")
                    .isEqualTo("绿灯\n已完成待申请销号");
            assertThat(workbook.getSheetAt(0).getRow(1 + 11).getCell(9).getStringCellValue())
                    .isEqualTo("绿灯\n未设报送周期");
        }
    }

    @Test
    void exportsOneUnitsTasksOnly() throws Exception {
        long forestry = jdbc.sql("select id from responsible_unit where name = '市林业局'")
                .query(Long.class)
                .single();
        byte[] xlsx = mvc.perform(get("/plans/{id}/ledger.xlsx", planId).param("unit", "" + forestry))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> tasks = new ArrayList<>();
            List<Double> numbers = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                tasks.add(sheet.getRow(r).getCell(3).getStringCellValue().substring(0, 6));
                numbers.add(sheet.getRow(r).getCell(0).getNumericCellValue());
            }
            assertThat(tasks).containsExactly("推进林业碳汇", "加强自然保护", "全面加强森林");
            assertThat(numbers).as("序号 as printed in the document").containsExactly(20.0, 30.0, 33.0);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }
}
