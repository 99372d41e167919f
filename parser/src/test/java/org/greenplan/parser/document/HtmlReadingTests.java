package org.greenplan.parser.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlReadingTests {

    @Test
    void readsTheArticleWithoutNavigationHeaderFooterOrScripts() {
        byte[] page = HtmlFixtures.page(ReferenceText.lines()).getBytes(StandardCharsets.UTF_8);
        SourceDocument document = DocumentReaders.read(page, "content_5361158.htm");
        assertThat(document.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(ReferenceText.normalisedLines(document.toText())).isEqualTo(ReferenceText.lines());
    }

    @Test
    void readsAGb2312PageDeclaredByMeta() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><div class=\"TRS_Editor\"><p>一、大力推进绿色低碳循环发展</p><p>1.推进节能工作。</p></div></body></html>";
        SourceDocument document = DocumentReaders.read(html.getBytes(Charset.forName("GB2312")), null);
        assertThat(document.toText()).isEqualTo("一、大力推进绿色低碳循环发展\n1.推进节能工作。");
    }

    @Test
    void laysRowspanCellsOutOnTheGrid() {
        String html = "<html><body><table>"
                + "<tr><th>序号</th><th>工作任务</th><th>责任单位</th></tr>"
                + "<tr><td>1</td><td>推进节能工作。</td><td rowspan=\"2\">市发展改革委</td></tr>"
                + "<tr><td>2</td><td>推进秸秆综合利用。</td></tr>"
                + "</table></body></html>";
        SourceDocument document = DocumentReaders.read(html.getBytes(StandardCharsets.UTF_8), null);
        assertThat(document.toText()).isEqualTo("序号\t工作任务\t责任单位\n1\t推进节能工作。\t市发展改革委\n" + "2\t推进秸秆综合利用。\t市发展改革委");
        TableRowBlock last = (TableRowBlock) document.blocks().get(2);
        assertThat(last.cells().get(2).continuesAbove()).isTrue();
    }

    @Test
    void readsALayoutTableAsParagraphs() {
        String html = "<html><body><table><tr><td><p>一、总体要求</p><p>1.推进节能工作。</p></td></tr></table></body></html>";
        SourceDocument document = DocumentReaders.read(html.getBytes(StandardCharsets.UTF_8), null);
        assertThat(document.blocks()).allMatch(block -> block instanceof ParagraphBlock);
        assertThat(document.toText()).isEqualTo("一、总体要求\n1.推进节能工作。");
    }

    @Test
    void readsDeeplyNestedMarkupWithoutRunningOutOfStack() {
        String html =
                "<html><body>" + "<div>".repeat(50_000) + "1.推进节能工作。" + "</div>".repeat(50_000) + "</body></html>";
        assertThat(DocumentReaders.read(html.getBytes(StandardCharsets.UTF_8), null)
                        .toText())
                .isEqualTo("1.推进节能工作。");
    }

    @Test
    void takesAFragmentAsHtmlWhenTheNameSaysSo() {
        byte[] fragment = "<p>一、总体要求</p>\n<p>1.推进<b>节能</b>工作。</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentReaders.read(fragment, "policy.html").toText()).isEqualTo("一、总体要求\n1.推进节能工作。");
        assertThat(DocumentReaders.read(fragment, "policy.txt").format()).isEqualTo(DocumentFormat.TXT);
    }
}
