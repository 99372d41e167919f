package org.greenplan.reporting;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the ledger as CSV with Apache Commons CSV ({@link CSVFormat#EXCEL}: comma-separated, CRLF
 * between records, fields with commas, quotes or line breaks quoted): one header row (序号 … 状态, the
 * workbook's columns) and one record per task with the same texts as the workbook's cells. Formula-like
 * text gets a leading apostrophe ({@link SpreadsheetText#forCsv}).
 *
 * <p>Encoding: UTF-8 with a byte-order mark by default, which Excel needs to read UTF-8 CSV as such;
 * GBK (no mark) on request for older Excel and WPS set to a Chinese locale, where a character GBK
 * cannot encode (rare: e.g. ³ in μg/m³) is written as {@code ?}.
 */
final class LedgerCsv {
    /** The UTF-8 byte-order mark, as a character. */
    static final char BOM = '\uFEFF';

    private LedgerCsv() {}

    /**
     * @param rows    the ledger rows
     * @param charset UTF-8 (written with a BOM) or another charset (without)
     * @param out     receives the bytes; not closed
     * @throws UncheckedIOException when writing fails
     */
    static void write(List<LedgerRow> rows, Charset charset, OutputStream out) {
        Records records = start(charset, out);
        rows.forEach(records::add);
        records.finish();
    }

    /**
     * Starts a CSV written a record at a time as the rows are made: the byte-order mark (UTF-8) and the header.
     *
     * @param charset UTF-8 (written with a BOM) or another charset (without)
     * @param out     receives the bytes; not closed
     * @return the writer of the records; {@link Records#finish()} flushes it
     * @throws UncheckedIOException when writing fails
     */
    static Records start(Charset charset, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, charset), 1 << 16);
        try {
            if (StandardCharsets.UTF_8.equals(charset)) {
                writer.write(BOM);
            }
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
            printer.printRecord(LedgerWorkbook.HEADERS);
            return new Records(printer);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the ledger CSV", e);
        }
    }

    /** The records of a CSV being written ({@link #start}). */
    static final class Records {
        private final CSVPrinter printer;

        private Records(CSVPrinter printer) {
            this.printer = printer;
        }

        /** Writes the row's record. */
        void add(LedgerRow row) {
            try {
                printer.printRecord(record(row));
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the ledger CSV", e);
            }
        }

        /** Flushes what is written to the stream (not closed). */
        void finish() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the ledger CSV", e);
            }
        }
    }

    /** @return the row's fields: 序号 then the workbook's texts, each made safe for a spreadsheet */
    static List<String> record(LedgerRow row) {
        List<String> fields = new ArrayList<>();
        fields.add(SpreadsheetText.forCsv(LedgerWorkbook.number(row)));
        LedgerWorkbook.texts(row).forEach(t -> fields.add(SpreadsheetText.forCsv(t)));
        return fields;
    }
}
