package org.greenplan.parser.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Word 2007+ (.docx) via POI XWPF: body paragraphs and tables in document order, automatic list numbers
 * rendered into the text; headers and footers (separate parts) are not read.
 */
final class DocxReader implements FormatReader {

    /** POI's own bomb check: refuse an entry that inflates more than 100 times its compressed size. */
    private static final double MIN_INFLATE_RATIO = 0.01;

    @Override
    public SourceDocument read(byte[] bytes, ReadLimits limits) throws IOException {
        ZipGuard.check(bytes, limits);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(limits.maxExpandedBytes());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            WordNumbering numbering = new WordNumbering(document);
            BlockList blocks = new BlockList();
            for (IBodyElement element : document.getBodyElements()) {
                add(element, numbering, blocks);
            }
            return blocks.build(DocumentFormat.DOCX);
        } catch (EncryptedDocumentException e) {
            throw new DocumentReadException(ReadRefusal.ENCRYPTED, e);
        }
    }

    private static void add(IBodyElement element, WordNumbering numbering, BlockList blocks) {
        if (element instanceof XWPFParagraph paragraph) {
            blocks.paragraph(numbering.text(paragraph), 0);
        } else if (element instanceof XWPFTable table) {
            new DocxTable(table, numbering).addRowsTo(blocks);
        } else if (element instanceof XWPFSDT control) {
            for (String line : control.getContent().getText().split("\n")) {
                blocks.paragraph(line, 0);
            }
        }
    }
}
