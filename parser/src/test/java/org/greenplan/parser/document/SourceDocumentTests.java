package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceDocumentTests {

    private final SourceDocument document = new SourceDocument(
            DocumentFormat.DOCX,
            List.of(
                    new ParagraphBlock("一、大力推进绿色低碳循环发展", BlockPosition.ofIndex(1)),
                    new TableRowBlock(
                            List.of(TableCell.of("1"), TableCell.of("推进节能工作。"), TableCell.of("市发展改革委")),
                            BlockPosition.ofIndex(2)),
                    new ParagraphBlock("二、打好污染防治攻坚战", BlockPosition.ofIndex(3))));

    @Test
    void rendersOneLinePerBlockWithTableCellsJoinedByTabs() {
        assertThat(document.toText()).isEqualTo("一、大力推进绿色低碳循环发展\n1\t推进节能工作。\t市发展改革委\n二、打好污染防治攻坚战");
    }

    @Test
    void mapsALineOfTheTextBackToItsBlock() {
        assertThat(document.blockAtLine(2))
                .get()
                .isInstanceOf(TableRowBlock.class)
                .extracting(Block::position)
                .isEqualTo(BlockPosition.ofIndex(2));
        assertThat(document.blockAtLine(3)).get().extracting(Block::text).isEqualTo("二、打好污染防治攻坚战");
    }

    @Test
    void hasNoBlockOutsideTheText() {
        assertThat(document.blockAtLine(0)).isEmpty();
        assertThat(document.blockAtLine(4)).isEmpty();
    }

    @Test
    void refusesParagraphsWithLineBreaksAndCellsWithTabs() {
        assertThatThrownBy(() -> new ParagraphBlock("a\nb", BlockPosition.ofIndex(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TableCell.of("a\tb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describesPositionsForAReviewScreen() {
        assertThat(BlockPosition.ofLine(3, 3).describe()).isEqualTo("第 3 行");
        assertThat(BlockPosition.onPage(5, 2).describe()).isEqualTo("第 2 页第 5 段");
        assertThat(BlockPosition.ofIndex(5).describe()).isEqualTo("第 5 段");
    }
}
