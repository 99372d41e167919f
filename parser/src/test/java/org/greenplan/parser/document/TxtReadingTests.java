package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TxtReadingTests {

    @Test
    void readsTheReferenceLineByLine() {
        String text = ReferenceText.text();
        SourceDocument document = DocumentReaders.read(text.getBytes(StandardCharsets.UTF_8), "plan.txt");
        assertThat(document.format()).isEqualTo(DocumentFormat.TXT);
        assertThat(document.toText()).isEqualTo(text.stripTrailing());
        assertThat(ReferenceText.normalisedLines(document.toText())).isEqualTo(ReferenceText.lines());
    }

    @Test
    void readsGbkText() {
        byte[] gbk = "一、大力推进绿色低碳循环发展\r\n1.推进节能工作。(责任单位:市发展改革委)".getBytes(Charset.forName("GBK"));
        SourceDocument document = DocumentReaders.read(gbk, "plan.txt");
        assertThat(document.toText()).isEqualTo("一、大力推进绿色低碳循环发展\n1.推进节能工作。(责任单位:市发展改革委)");
    }

    @Test
    void keepsBlankLinesSoThatBlockNIsLineN() {
        SourceDocument document = DocumentReaders.read("标题\n\n正文\n".getBytes(StandardCharsets.UTF_8), null);
        assertThat(document.blocks()).extracting(Block::text).containsExactly("标题", "", "正文");
        assertThat(document.blockAtLine(3))
                .get()
                .extracting(block -> block.position().line())
                .isEqualTo(3);
    }

    @Test
    void ignoresTheFileNameWhenTheContentIsText() {
        SourceDocument document = DocumentReaders.read("1.推进节能工作。".getBytes(StandardCharsets.UTF_8), "plan.pdf");
        assertThat(document.format()).isEqualTo(DocumentFormat.TXT);
    }
}
