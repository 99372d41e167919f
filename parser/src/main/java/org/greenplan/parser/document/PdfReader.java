package org.greenplan.parser.document;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF via PDFBox 3: the text layer page by page, without running headers, footers and page numbers,
 * with lines wrapped by the layout rejoined into paragraphs. Tables, ruled or only aligned in columns, come
 * out as rows of cells as from a Word table ({@link PdfTables}); what a PDF cannot tell about a table (cells
 * merged over rows, a header that does not name every column) is a {@link ReadWarning}.
 */
final class PdfReader implements FormatReader {

    private static final long MAIN_MEMORY = 64L * 1024 * 1024;

    @Override
    public SourceDocument read(byte[] bytes, ReadLimits limits) throws IOException {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(MAIN_MEMORY, limits.maxExpandedBytes());
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, memory.streamCache)) {
            List<List<LayoutLine>> pages = PdfLines.of(document);
            SourceDocument text = PagedText.toDocument(DocumentFormat.PDF, pages);
            if (text.blocks().isEmpty()) {
                throw new DocumentReadException(ReadRefusal.NO_TEXT_LAYER);
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new DocumentReadException(ReadRefusal.ENCRYPTED_PDF, e);
        }
    }
}
