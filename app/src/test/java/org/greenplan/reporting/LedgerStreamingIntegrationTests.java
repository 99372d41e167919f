package org.greenplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.IntegrationTest;
import org.greenplan.SupervisionScenario;
import org.greenplan.planimport.PlanImporter;
import org.greenplan.progress.ProgressReports;
import org.greenplan.supervision.Supervision;
import org.greenplan.supervision.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The streamed ledger (the plan read a chunk of tasks at a time, each row written as it is made) equals the
 * former one — every task supervised at once ({@link Supervision#ofPlan}), the rows collected, then written by
 * the in-memory workbook — cell by cell: values, styles, fonts, fills, borders, merged regions, row heights,
 * column widths, panes, filters and print set-up, on the 宿州 scenario ({@link SupervisionScenario}) read in
 * chunks of 7 tasks.
 */
@IntegrationTest
class LedgerStreamingIntegrationTests {
    private static final int CHUNK = 7;
    private static final LocalDate JUNE_30 = SupervisionScenario.june30();
    private static final LocalDate MAY_31 = LocalDate.of(2022, 5, 31);

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReports reports;

    @Autowired
    Supervision supervision;

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerExport export;

    SupervisionScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = SupervisionScenario.build(importer, jdbc, reports);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theStreamedWorkbookEqualsTheFormerOneCellByCell() throws Exception {
        long planId = scenario.straw().planId();
        assertThat(scenario.taskIds()).as("tasks, several chunks of " + CHUNK).hasSizeGreaterThan(3 * CHUNK);
        List<LedgerOptions> layouts = List.of(
                LedgerOptions.DEFAULT,
                new LedgerOptions(LedgerOptions.Layout.FLAT, true),
                new LedgerOptions(LedgerOptions.Layout.BY_SECTION, true),
                new LedgerOptions(LedgerOptions.Layout.BY_SECTION, false));
        for (LedgerOptions options : layouts) {
            for (LocalDate on : List.of(JUNE_30, MAY_31)) {
                List<String> former = dump(former(planId, null, options, on));
                List<String> streamed = dump(streamed(planId, null, options, on));

                assertThat(streamed).as(options + " on " + on).isEqualTo(former);
                assertThat(former)
                        .as("rows and sheets dumped")
                        .hasSizeGreaterThan(scenario.taskIds().size());
            }
        }
        List<String> exported =
                dump(export.export(planId, null, LedgerOptions.DEFAULT, JUNE_30).content());
        assertThat(exported).isEqualTo(dump(former(planId, null, LedgerOptions.DEFAULT, JUNE_30)));
        assertThat(String.join("\n", exported))
                .as("the dump shows statuses, notes, merged title and heights")
                .contains("绿灯", "红灯", "未报送", "merged A1:J1", "|height ");
    }

    @Test
    void oneUnitsStreamedLedgerEqualsTheFormerOne() throws Exception {
        long planId = scenario.straw().planId();
        long unit = scenario.silentUnitId();

        List<String> former = dump(former(planId, unit, LedgerOptions.DEFAULT, JUNE_30));
        List<String> streamed = dump(streamed(planId, unit, LedgerOptions.DEFAULT, JUNE_30));

        assertThat(streamed).isEqualTo(former);
        assertThat(String.join("\n", streamed))
                .as("the silent unit's tasks are missing their reports")
                .contains("未报送");
    }

    @Test
    void theStreamedCsvEqualsTheFormerOne() {
        long planId = scenario.straw().planId();
        List<LedgerRow> rows = formerRows(planId, null, JUNE_30);
        ByteArrayOutputStream former = new ByteArrayOutputStream();
        LedgerCsv.write(rows, StandardCharsets.UTF_8, former);

        byte[] streamed =
                export.csv(planId, null, StandardCharsets.UTF_8, JUNE_30).content();

        assertThat(new String(streamed, StandardCharsets.UTF_8)).isEqualTo(former.toString(StandardCharsets.UTF_8));
        assertThat(new String(streamed, StandardCharsets.UTF_8).split("\r\n"))
                .hasSize(rows.size() + 1); // the header and every task (line breaks inside fields are LF)
    }

    @Test
    void theRowsStatusesAreSupervisionsOfTheWholePlan() {
        long planId = scenario.straw().planId();
        List<LedgerRow> rows = new ArrayList<>();
        ledger.rows(planId, null, JUNE_30, CHUNK, rows::add);

        List<TaskStatus> statuses = supervision.ofPlan(planId, JUNE_30).tasks().stream()
                .map(t -> t.status())
                .toList();
        assertThat(rows).extracting(LedgerRow::supervised).containsExactlyElementsOf(statuses);
        assertThat(rows).extracting(LedgerRow::sequence).startsWith(1, 2, 3).endsWith(rows.size());
        assertThat(statuses).contains(TaskStatus.GREEN, TaskStatus.RED);
    }

    /** The former export: every task's rows made first (one chunk: the whole plan), then the in-memory writer. */
    private byte[] former(long planId, Long unitId, LedgerOptions options, LocalDate on) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerWorkbook.write(title(planId), formerRows(planId, unitId, on), options, out, Integer.MAX_VALUE);
        return out.toByteArray();
    }

    private List<LedgerRow> formerRows(long planId, Long unitId, LocalDate on) {
        List<LedgerRow> rows = new ArrayList<>();
        ledger.rows(planId, unitId, on, Integer.MAX_VALUE, rows::add);
        return rows;
    }

    private byte[] streamed(long planId, Long unitId, LedgerOptions options, LocalDate on) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LedgerSheets sheets = new LedgerSheets(title(planId), options)) {
            ledger.rows(planId, unitId, on, CHUNK, sheets::add);
            sheets.writeTo(out);
        }
        return out.toByteArray();
    }

    private String title(long planId) {
        return jdbc.sql("select title from plan where id = ?")
                .param(planId)
                .query(String.class)
                .single();
    }

    /** @return per sheet its layout, then per row its height and every cell's value and full style */
    static List<String> dump(byte[] xlsx) throws Exception {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                lines.add(layout((XSSFSheet) sheet));
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder(sheet.getSheetName() + "|row " + row.getRowNum());
                    line.append("|height ")
                            .append(row.getHeightInPoints())
                            .append('|')
                            .append(row.isFormatted());
                    for (Cell cell : row) {
                        line.append('|').append(cell.getCellType()).append(':').append(cell);
                        line.append('#').append(style((XSSFCellStyle) cell.getCellStyle()));
                    }
                    lines.add(line.toString());
                }
                sheet.getMergedRegions()
                        .forEach(r -> lines.add(sheet.getSheetName() + " merged " + r.formatAsString()));
            }
        }
        return lines;
    }

    private static String layout(XSSFSheet sheet) {
        StringBuilder line = new StringBuilder(sheet.getSheetName() + " layout");
        for (int c = 0; c < LedgerWorkbook.HEADERS.size(); c++) {
            line.append(' ').append(sheet.getColumnWidth(c));
        }
        line.append(" freeze ").append(sheet.getPaneInformation().getHorizontalSplitPosition());
        line.append(" filter ").append(sheet.getCTWorksheet().getAutoFilter().getRef());
        line.append(" repeat ").append(sheet.getRepeatingRows());
        line.append(" print ").append(sheet.getPrintSetup().getLandscape());
        line.append(sheet.getPrintSetup().getPaperSize())
                .append(sheet.getPrintSetup().getFitWidth());
        line.append(sheet.getPrintSetup().getFitHeight()).append(sheet.getFitToPage());
        return line.toString();
    }

    private static String style(XSSFCellStyle style) {
        XSSFFont font = style.getFont();
        return String.join(
                ",",
                String.valueOf(style.getAlignment()),
                String.valueOf(style.getVerticalAlignment()),
                String.valueOf(style.getWrapText()),
                String.valueOf(style.getQuotePrefixed()),
                String.valueOf(style.getFillPattern()),
                String.valueOf(style.getFillForegroundColor()),
                String.valueOf(style.getBorderTop()),
                String.valueOf(style.getBorderBottom()),
                String.valueOf(style.getBorderLeft()),
                String.valueOf(style.getBorderRight()),
                font.getFontName(),
                String.valueOf(font.getFontHeightInPoints()),
                String.valueOf(font.getBold()));
    }
}
