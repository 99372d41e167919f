package org.greenplan.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.greenplan.accounts.Actor;
import org.greenplan.reporting.SpreadsheetText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a round's scores with their breakdown as an .xlsx workbook (streaming, POI SXSSF): a title row,
 * a rules row, a header row and one row per unit, ranked (units only, never people). Numbers are numeric
 * cells; every text cell goes through {@code reporting::SpreadsheetText}, so a unit name or reason
 * beginning with {@code =} stays text. Headers are in the reader's language.
 */
@Component
public class AssessmentExport {
    /** Header keys, in column order ({@code assessment.col.*}). */
    static final List<String> COLUMNS = List.of(
            "rank",
            "unit",
            "state",
            "tasks",
            "green",
            "yellow",
            "red",
            "stagnant",
            "completed",
            "cancelled",
            "targetsMet",
            "targetsJudged",
            "expected",
            "onTime",
            "late",
            "missing",
            "approvedTasks",
            "attainment",
            "timeliness",
            "completeness",
            "lateDeduction",
            "missingDeduction",
            "computed",
            "bonus",
            "bonusReason",
            "selfTotal",
            "total",
            "adjustmentReason");

    private final AssessmentRounds rounds;
    private final MessageSource messages;

    AssessmentExport(AssessmentRounds rounds, MessageSource messages) {
        this.rounds = rounds;
        this.messages = messages;
    }

    /**
     * A workbook file.
     *
     * @param fileName e.g. {@code 2022年度考核.xlsx}
     * @param content  the .xlsx bytes
     */
    public record ExportFile(String fileName, byte[] content) {}

    /**
     * @return the round's scores as .xlsx
     * @throws org.springframework.security.access.AccessDeniedException unless the office or a leader
     * @throws org.greenplan.plan.NotFoundException                       when there is no such round
     */
    public ExportFile export(Actor actor, long roundId, Locale locale) {
        RoundView view = rounds.round(actor, roundId);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            write(workbook, view, locale);
            workbook.write(out);
            return new ExportFile(view.round().label() + ".xlsx", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(SXSSFWorkbook workbook, RoundView view, Locale locale) {
        Sheet sheet = workbook.createSheet(text("assessment.export.sheet", locale));
        SpreadsheetText cells = new SpreadsheetText(workbook);
        CellStyle plain = workbook.createCellStyle();
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        AssessmentRound round = view.round();
        ScoringRules r = round.rules();
        cells.write(sheet.createRow(0).createCell(0), view.planTitle() + " " + round.label(), bold);
        cells.write(
                sheet.createRow(1).createCell(0),
                text(
                        "assessment.export.rules",
                        locale,
                        round.scoredOn(),
                        r.weightAttainment(),
                        r.weightTimeliness(),
                        r.weightCompleteness(),
                        r.lateDeduction().toPlainString(),
                        r.missingDeduction().toPlainString(),
                        r.bonusCap().toPlainString()),
                plain);
        Row header = sheet.createRow(3);
        for (int c = 0; c < COLUMNS.size(); c++) {
            cells.write(header.createCell(c), text("assessment.col." + COLUMNS.get(c), locale), bold);
        }
        int at = 4;
        for (AssessmentEntry entry : view.entries()) {
            writeEntry(sheet.createRow(at++), cells, plain, view, entry, locale);
        }
        sheet.createFreezePane(2, 4);
    }

    private void writeEntry(
            Row row, SpreadsheetText cells, CellStyle plain, RoundView view, AssessmentEntry e, Locale locale) {
        UnitScore s = e.score();
        int c = 0;
        row.createCell(c++).setCellValue(view.rankOf(e));
        cells.write(row.createCell(c++), s.unitName(), plain);
        cells.write(row.createCell(c++), text(e.state().messageKey(), locale), plain);
        for (int n : new int[] {
            s.tasks(),
            s.green(),
            s.yellow(),
            s.red(),
            s.stagnant(),
            s.completed(),
            s.cancelled(),
            s.targetsMet(),
            s.targetsJudged(),
            s.reportsExpected(),
            s.reportsOnTime(),
            s.reportsLate(),
            s.reportsMissing(),
            s.approvedTasks()
        }) {
            row.createCell(c++).setCellValue(n);
        }
        for (BigDecimal d : new BigDecimal[] {
            s.attainment(),
            s.timeliness(),
            s.completeness(),
            s.lateDeduction(),
            s.missingDeduction(),
            s.computed(),
            e.bonus()
        }) {
            row.createCell(c++).setCellValue(d.doubleValue());
        }
        cells.write(row.createCell(c++), e.bonusReason(), plain);
        BigDecimal self = e.selfTotal(view.round().rules());
        if (self != null) {
            row.createCell(c).setCellValue(self.doubleValue());
        }
        c++;
        row.createCell(c++).setCellValue(e.total().doubleValue());
        cells.write(row.createCell(c), e.adjustmentReason(), plain);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
