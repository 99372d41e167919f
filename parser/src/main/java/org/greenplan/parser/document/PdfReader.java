package org.greenplan.parser.document;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF via PDFBox 3: the text layer page by page, without running headers, footers and page numbers,
 * with lines wrapped by the layout rejoined into paragraphs. Tables come out as rows of cells as from a Word
 * table: a table with drawn cell borders by its rules ({@link PdfRulings}, {@link RuledGrid}: wrapped cells,
 * cells merged over rows or columns, a table continued on the next page under a repeated header), a table
 * only aligned in columns by the gaps between its text ({@link PdfTables}); what a PDF cannot tell about an
 * unruled table (cells merged over rows, a header that does not name every column) is a {@link ReadWarning}.
 */
final class PdfReader implements FormatReader {

    private static final long MAIN_MEMORY = 64L * 1024 * 1024;

    @Override
    public SourceDocument read(byte[] bytes, ReadLimits limits) throws IOException {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(MAIN_MEMORY, limits.maxExpandedBytes());
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, memory.streamCache)) {
            PdfLines.Pages pages = PdfLines.of(document);
            SourceDocument text = PagedText.toDocument(DocumentFormat.PDF, pages.lines(), pages.tables());
            if (text.blocks().isEmpty()) {
                throw new DocumentReadException(ReadRefusal.NO_TEXT_LAYER);
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new DocumentReadException(ReadRefusal.ENCRYPTED_PDF, e);
        }
    }
}
