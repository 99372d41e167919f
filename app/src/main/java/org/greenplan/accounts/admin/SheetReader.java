package org.greenplan.accounts.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an uploaded .xlsx: the upload is read as a stream and refused once it passes
 * the size limit (never read whole first), the heading row is skipped, and each cell is taken as the text
 * Excel shows (a phone typed as a number stays {@code 13812345678}). A formula cell is refused: its value
 * could change after the check.
 */
final class SheetReader {
    static final int MAX_ROWS = 5000;
    private final long maxBytes;

    SheetReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @return one row per sheet row after the heading, up to the last row with content
     * @throws AccountRefusal {@code import.file.tooLarge}, {@code import.file.unreadable} or
     *                        {@code import.file.tooManyRows}
     */
    List<ImportRow> read(InputStream upload, ImportKind kind) {
        byte[] bytes = readLimited(upload);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw AccountRefusal.of(null, "import.file.tooManyRows", String.valueOf(MAX_ROWS));
            }
            List<ImportRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.add(row(sheet.getRow(r), r + 1, kind));
            }
            while (!rows.isEmpty() && rows.get(rows.size() - 1).isBlank()) {
                rows.remove(rows.size() - 1);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof AccountRefusal refusal) {
                throw refusal;
            }
            throw AccountRefusal.of(null, "import.file.unreadable");
        }
    }

    private byte[] readLimited(InputStream upload) {
        try (upload) {
            byte[] bytes = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw AccountRefusal.of(null, "import.file.tooLarge", String.valueOf(maxBytes / 1024 / 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw AccountRefusal.of(null, "import.file.unreadable");
        }
    }

    private static ImportRow row(Row row, int number, ImportKind kind) {
        DataFormatter formatter = new DataFormatter();
        String[] columns = kind.columns();
        List<String> cells = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
            Cell cell = row == null ? null : row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.FORMULA) {
                problems.add(FieldProblem.of(kind.letter(columns[c]), "import.cell.formula"));
                cells.add("");
            } else {
                cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
            }
        }
        return new ImportRow(number, cells, problems, "CREATE");
    }
}
