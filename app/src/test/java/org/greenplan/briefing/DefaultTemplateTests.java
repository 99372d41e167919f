package org.greenplan.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The shipped template ({@code briefing/default-template.docx}) is what {@link DefaultTemplateWriter}
 * writes, and its layout is GB/T 9704-2012's.
 */
class DefaultTemplateTests {
    private static final byte[] SHIPPED = BriefingTemplates.defaultTemplate();

    @Test
    void theShippedTemplateIsWhatTheWriterWrites() throws IOException {
        byte[] fresh = DefaultTemplateWriter.write();

        for (String part : List.of("word/document.xml", "word/footer1.xml", "word/footer2.xml", "word/settings.xml")) {
            assertThat(part(SHIPPED, part))
                    .as("%s differs: run DefaultTemplateWriter.main and commit the template", part)
                    .isEqualTo(part(fresh, part));
        }
    }

    @Test
    void pageIsA4WithTheStandardsMarginsAndTwentyTwoLines() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(SHIPPED))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            CTPageMar margin = sect.getPgMar();

            assertThat(((java.math.BigInteger) sect.getPgSz().getW()).intValue())
                    .isEqualTo(11906);
            assertThat(((java.math.BigInteger) sect.getPgSz().getH()).intValue())
                    .isEqualTo(16838);
            // 37 mm top, 28 mm binding side; 156 x 225 mm text block leaves 26 mm right and 35 mm bottom
            assertThat(twips(margin.getTop())).isEqualTo(2098);
            assertThat(twips(margin.getLeft())).isEqualTo(1587);
            assertThat(twips(margin.getRight())).isEqualTo(1474);
            assertThat(twips(margin.getBottom())).isEqualTo(1984);
            assertThat(11906 - twips(margin.getLeft()) - twips(margin.getRight()))
                    .as("text block width, twips (156 mm = 8844)")
                    .isBetween(8844, 8846);
            assertThat(sect.getDocGrid().getLinePitch().intValue()).isEqualTo(579);
        }
    }

    @Test
    void headerIsRedTitleIsSizeTwoAndBodyIsFangSongSizeThreeWithHeiTiAndKaiTiHeadings() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(SHIPPED))) {
            XWPFRun header = run(doc, "{{header}}");
            assertThat(header.getColor()).isEqualTo("FF0000");
            assertThat(header.getFontFamily()).isEqualTo("方正小标宋简体");

            XWPFRun title = run(doc, "{{title}}");
            assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(title.getFontFamily()).isEqualTo("方正小标宋简体");

            XWPFRun body = run(doc, "{{overall}}");
            assertThat(body.getFontFamily()).isEqualTo("仿宋_GB2312");
            assertThat(body.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(run(doc, "{{headingOverall}}").getFontFamily()).isEqualTo("黑体");
            assertThat(run(doc, "{{headingIndicators}}").getFontFamily()).isEqualTo("楷体_GB2312");
            assertThat(run(doc, "{{number}}").getFontSizeAsDouble()).isEqualTo(16.0);

            XWPFParagraph rule = doc.getParagraphs().get(doc.getParagraphs().indexOf(paragraph(doc, "{{number}}")) + 1);
            Object color = rule.getCTP().getPPr().getPBdr().getBottom().getColor();
            assertThat(
                            color instanceof byte[] b
                                    ? java.util.HexFormat.of().withUpperCase().formatHex(b)
                                    : color)
                    .isEqualTo("FF0000");
        }
    }

    @Test
    void footersNumberPagesWithDashesRightOnOddAndLeftOnEvenPages() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(SHIPPED))) {
            assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();
            XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
            XWPFFooter even = doc.getHeaderFooterPolicy().getEvenPageFooter();

            for (XWPFFooter footer : List.of(odd, even)) {
                XWPFParagraph p = footer.getParagraphs().get(0);
                assertThat(p.getText()).isEqualTo("— 1 —");
                assertThat(p.getCTP().getFldSimpleArray(0).getInstr()).isEqualTo("PAGE");
                assertThat(p.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            }
            assertThat(odd.getParagraphs().get(0).getAlignment().name()).isEqualTo("RIGHT");
            assertThat(even.getParagraphs().get(0).getAlignment().name()).isEqualTo("LEFT");
        }
    }

    private static int twips(Object value) {
        return ((java.math.BigInteger) value).intValue();
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    private static XWPFRun run(XWPFDocument doc, String text) {
        return paragraph(doc, text).getRuns().get(0);
    }

    private static String part(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }
}
