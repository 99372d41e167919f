package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxReadingTests {

    @Test
    void readsParagraphsInOrder() {
        SourceDocument document = DocumentReaders.read(DocxFixtures.paragraphs(ReferenceText.lines()), "plan.docx");
        assertThat(document.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(ReferenceText.normalisedLines(document.toText())).isEqualTo(ReferenceText.lines());
    }

    @Test
    void rendersWordAutomaticNumberingIntoTheText() {
        SourceDocument document = DocumentReaders.read(DocxFixtures.autoNumbered(ReferenceText.lines()), "plan.docx");
        assertThat(ReferenceText.normalisedLines(document.toText())).isEqualTo(ReferenceText.lines());
    }

    @Test
    void doesNotRepeatANumberThatIsAlsoTyped() {
        XWPFDocument word = new XWPFDocument();
        BigInteger list = DocxFixtures.decimalList(word);
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setNumID(list);
        paragraph.createRun().setText("1.推进节能工作。");
        assertThat(DocumentReaders.read(DocxFixtures.bytes(word), null).toText())
                .isEqualTo("1.推进节能工作。");
    }

    @Test
    void readsAPlanTableAsRowsOfCellsBetweenHeadings() {
        SourceDocument document = DocumentReaders.read(DocxFixtures.taskTables(ReferenceText.lines()), "plan.docx");
        List<String> lines = ReferenceText.normalisedLines(document.toText());
        assertThat(lines).startsWith(ReferenceText.lines().subList(0, 8).toArray(String[]::new));
        assertThat(lines.get(8)).isEqualTo("序号 工作任务 责任单位");
        TableRowBlock first = (TableRowBlock) document.blockAtLine(10).orElseThrow();
        assertThat(first.cells())
                .extracting(TableCell::text)
                .containsExactly(
                        "1", ReferenceText.taskParts(ReferenceText.lines().get(8))[1], "市经济和信息化局");
        assertThat(document.blocks())
                .filteredOn(block -> block instanceof TableRowBlock)
                .hasSize(34 + 11);
    }

    @Test
    void repeatsAVerticallyMergedCellInTheRowsItCovers() {
        XWPFDocument word = new XWPFDocument();
        XWPFTable table = word.createTable(3, 2);
        DocxFixtures.fill(table.getRow(0), "9.推进节能工作。", "市发展改革委");
        DocxFixtures.fill(table.getRow(1), "10.推进秸秆综合利用工程。", "");
        DocxFixtures.fill(table.getRow(2), "11.推进畜禽废弃物资源化利用。", "市农业农村局");
        table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        table.getRow(1).getCell(1).getCTTc().addNewTcPr().addNewVMerge();
        SourceDocument document = DocumentReaders.read(DocxFixtures.bytes(word), null);
        assertThat(document.toText())
                .isEqualTo("9.推进节能工作。\t市发展改革委\n10.推进秸秆综合利用工程。\t市发展改革委\n" + "11.推进畜禽废弃物资源化利用。\t市农业农村局");
        TableRowBlock second = (TableRowBlock) document.blocks().get(1);
        assertThat(second.cells().get(1).continuesAbove()).isTrue();
        assertThat(((TableRowBlock) document.blocks().get(0)).cells().get(1).rowSpan())
                .isEqualTo(2);
    }

    @Test
    void numbersTableCellsWithWordNumberingToo() {
        XWPFDocument word = new XWPFDocument();
        XWPFTable table = word.createTable(2, 1);
        BigInteger list = DocxFixtures.decimalList(word);
        table.getRow(0).getCell(0).getParagraphs().get(0).setNumID(list);
        table.getRow(1).getCell(0).getParagraphs().get(0).setNumID(list);
        assertThat(DocumentReaders.read(DocxFixtures.bytes(word), null).toText())
                .isEqualTo("1.\n2.");
    }
}
