package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Legacy Word: the fixtures are LibreOffice conversions of {@link DocxFixtures}' files (see their README). */
class DocReadingTests {

    @Test
    void readsParagraphsWithTheirAutomaticListNumbers() throws IOException {
        SourceDocument document = DocumentReaders.read(fixture("suzhou-auto-numbered.doc"), "plan.doc");
        assertThat(document.format()).isEqualTo(DocumentFormat.DOC);
        assertThat(ReferenceText.normalisedLines(document.toText())).isEqualTo(ReferenceText.lines());
    }

    @Test
    void readsTablesAsRowsOfCells() throws IOException {
        SourceDocument document = DocumentReaders.read(fixture("suzhou-table.doc"), "plan.doc");
        List<String> task =
                List.of(ReferenceText.taskParts(ReferenceText.lines().get(8)));
        assertThat(document.blockAtLine(9)).get().extracting(Block::text).isEqualTo("序号\t工作任务\t责任单位");
        TableRowBlock first = (TableRowBlock) document.blockAtLine(10).orElseThrow();
        assertThat(first.cells()).extracting(TableCell::text).isEqualTo(task);
        assertThat(document.blocks())
                .filteredOn(block -> block instanceof TableRowBlock)
                .hasSize(34 + 11);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = DocReadingTests.class.getResourceAsStream("/documents/" + name)) {
            return in.readAllBytes();
        }
    }
}
