package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfdReadingTests {

    @Test
    void readsTheTextObjectsOfEveryPageWithoutPageNumbersAndRejoinsWrappedLines() {
        SourceDocument document = DocumentReaders.read(OfdFixtures.render(ReferenceText.lines()), "plan.ofd");
        assertThat(document.format()).isEqualTo(DocumentFormat.OFD);
        assertThat(ReferenceText.normalisedLines(document.toText())).isEqualTo(ReferenceText.lines());
        assertThat(document.blocks()
                        .get(document.blocks().size() - 1)
                        .position()
                        .page())
                .isGreaterThan(1);
    }
}
