package org.greenplan.parser.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The 宿州 reference document in every format the readers take, generated as the reader tests generate
 * them; public so that the app's command-line tests (through the parser's test jar) read the same files.
 */
public final class SuzhouRenderings {
    private SuzhouRenderings() {}

    /** @return the document as txt, UTF-8 */
    public static byte[] txt() {
        return ReferenceText.text().getBytes(StandardCharsets.UTF_8);
    }

    /** @return one docx paragraph per line */
    public static byte[] docx() {
        return DocxFixtures.paragraphs(ReferenceText.lines());
    }

    /** @return the plan as task tables in docx (任务分解表) */
    public static byte[] tableDocx() {
        return DocxFixtures.taskTables(ReferenceText.lines());
    }

    /** @return the legacy .doc kept in the test resources (written by Word; POI cannot write .doc) */
    public static byte[] doc() {
        try (InputStream in = SuzhouRenderings.class.getResourceAsStream("/documents/suzhou-auto-numbered.doc")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a PDF with a page-number footer */
    public static byte[] pdf() {
        return PdfFixtures.render(ReferenceText.lines(), "'- ' counter(page) ' -'");
    }

    /** @return an OFD */
    public static byte[] ofd() {
        return OfdFixtures.render(ReferenceText.lines());
    }

    /** @return an HTML page with site navigation */
    public static byte[] html() {
        return HtmlFixtures.page(ReferenceText.lines()).getBytes(StandardCharsets.UTF_8);
    }
}
