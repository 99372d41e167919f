package org.greenplan.accounts.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenplan.accounts.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The workbooks of the bulk import, written with POI: the empty templates (a heading row in the page's
 * language; columns are read by position, so either language's template imports) and the table of created
 * users with their one-time passwords.
 */
@Component
public class ImportWorkbooks {
    private final MessageSource messages;

    ImportWorkbooks(MessageSource messages) {
        this.messages = messages;
    }

    /** @return the .xlsx template of an import, for the city office (every role may be granted) */
    public byte[] template(ImportKind kind, Locale locale) {
        return template(kind, locale, List.of(Role.values()), false);
    }

    /**
     * @param grantable    the roles the downloading office may grant ({@link UserAdministration#grantableRoles()}):
     *                     the users template's notes list only these
     * @param regionScoped whether it is a county or district office (its accounts all belong to its units)
     * @return the .xlsx template of an import: the heading row, and a second sheet explaining the columns
     */
    public byte[] template(ImportKind kind, Locale locale, List<Role> grantable, boolean regionScoped) {
        String[] columns = kind.columns();
        String[] headings = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            headings[i] = text("import.column." + columns[i], locale);
        }
        String prefix = "import.template." + kind.name().toLowerCase(Locale.ROOT);
        String notes = kind == ImportKind.USERS
                ? messages.getMessage(
                        prefix + (regionScoped ? ".notes.region" : ".notes"),
                        new Object[] {roleNames(grantable, locale)},
                        locale)
                : text(prefix + ".notes", locale);
        return write(text(prefix + ".sheet", locale), headings, List.of(), new String[] {
            text("import.template.notesSheet", locale), notes
        });
    }

    /** @return 填报员、单位负责人 — the roles' names in the language, as the import reads them back */
    private String roleNames(List<Role> roles, Locale locale) {
        return roles.stream()
                .map(role -> text("account.role." + role.name(), locale))
                .collect(java.util.stream.Collectors.joining(text("import.template.roleSeparator", locale)));
    }

    /**
     * @param rows one row per created user: username, name, unit, one-time password
     * @return the .xlsx table of created users, to hand the passwords over
     */
    public byte[] passwords(List<List<String>> rows, Locale locale) {
        String[] headings = {
            text("import.column.username", locale),
            text("import.column.displayName", locale),
            text("import.column.unit", locale),
            text("import.column.password", locale)
        };
        return write(text("import.result.sheet", locale), headings, rows, null);
    }

    private byte[] write(String sheetName, String[] headings, List<List<String>> rows, String[] notes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            heading(workbook, sheet.createRow(0), headings);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(neutralised(cells.get(c)));
                }
            }
            for (int c = 0; c < headings.length; c++) {
                sheet.setColumnWidth(c, 24 * 256);
            }
            if (notes != null) {
                Sheet help = workbook.createSheet(notes[0]);
                String[] lines = notes[1].split("\\|");
                for (int i = 0; i < lines.length; i++) {
                    help.createRow(i).createCell(0).setCellValue(lines[i].strip());
                }
                help.setColumnWidth(0, 100 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XSSFWorkbook workbook, Row row, String[] headings) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        for (int c = 0; c < headings.length; c++) {
            row.createCell(c).setCellValue(headings[c]);
            row.getCell(c).setCellStyle(bold);
        }
    }

    /** A text that a spreadsheet would read as a formula (=, +, -, @) is prefixed with an apostrophe. */
    static String neutralised(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
