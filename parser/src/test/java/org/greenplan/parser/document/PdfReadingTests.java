package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PdfReadingTests {

    private static final List<String> REFERENCE = ReferenceText.lines();

    @Test
    void readsTheTextWithoutHeadersFootersAndPageNumbersAndRejoinsWrappedLines() {
        byte[] pdf = PdfFixtures.render(REFERENCE, "'- ' counter(page) ' -'");
        SourceDocument document = DocumentReaders.read(pdf, "plan.pdf");
        assertThat(document.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(ReferenceText.normalisedLines(document.toText())).isEqualTo(REFERENCE);
    }

    @Test
    void dropsChinesePageFooters() {
        byte[] pdf = PdfFixtures.render(REFERENCE, "'第 ' counter(page) ' 页 共 ' counter(pages) ' 页'");
        assertThat(ReferenceText.normalisedLines(DocumentReaders.read(pdf, null).toText()))
                .isEqualTo(REFERENCE);
    }

    @Test
    void dropsSmallPrintInTheMarginsOfAOnePageDocument() {
        byte[] pdf = PdfFixtures.render(REFERENCE.subList(0, 10), "counter(page)");
        assertThat(ReferenceText.normalisedLines(DocumentReaders.read(pdf, null).toText()))
                .isEqualTo(REFERENCE.subList(0, 10));
    }

    @Test
    void givesEachParagraphThePageWhereItStarts() {
        byte[] pdf = PdfFixtures.render(REFERENCE, "counter(page)");
        SourceDocument document = DocumentReaders.read(pdf, null);
        assertThat(document.blocks().get(0).position()).isEqualTo(BlockPosition.onPage(1, 1));
        assertThat(document.blocks()
                        .get(document.blocks().size() - 1)
                        .position()
                        .page())
                .isGreaterThan(1);
    }
}
