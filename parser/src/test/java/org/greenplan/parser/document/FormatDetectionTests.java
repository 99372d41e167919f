package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatDetectionTests {

    private static final List<String> LINES = ReferenceText.lines().subList(0, 12);

    @Test
    void trustsTheContentNotTheFileName() {
        assertThat(DocumentReaders.detect(DocxFixtures.paragraphs(LINES), "plan.pdf"))
                .isEqualTo(DocumentFormat.DOCX);
        assertThat(DocumentReaders.detect(PdfFixtures.render(LINES, "counter(page)"), "plan.docx"))
                .isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentReaders.detect(OfdFixtures.render(LINES), "plan.zip"))
                .isEqualTo(DocumentFormat.OFD);
        assertThat(DocumentReaders.detect(HtmlFixtures.page(LINES).getBytes(StandardCharsets.UTF_8), "plan.txt"))
                .isEqualTo(DocumentFormat.HTML);
    }

    @Test
    void usesTheNameOnlyToTellAnHtmlFragmentFromText() {
        byte[] fragment = "<p>一、总体要求</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentReaders.detect(fragment, "a.htm")).isEqualTo(DocumentFormat.HTML);
        assertThat(DocumentReaders.detect(fragment, null)).isEqualTo(DocumentFormat.TXT);
    }

    @Test
    void knowsWord97NumberFormatCodes() {
        assertThat(NumberFormats.legacyName(0)).isEqualTo("decimal");
        assertThat(NumberFormats.legacyName(37)).isEqualTo("chineseCounting");
        assertThat(NumberFormats.legacyName(23)).isEqualTo("bullet");
        assertThat(NumberFormats.legacyName(255)).isEqualTo("none");
    }
}
