package org.greenplan.parser.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A page set in two columns of running text (a newsletter layout), its lines written to the content stream
 * in a scrambled order: right column before left, bottom lines before top ones.
 */
final class TwoColumnFixture {

    static final List<String> LEFT = List.of(
            "一、推进绿色低碳发展",
            "1.开展工业节能监察，培育绿色工",
            "厂2家以上。（责任单位：区经信局）",
            "2.推进秸秆综合利用，综合利用率",
            "达到92%以上。（责任单位：区农业",
            "农村局）",
            "3.新建城市绿道20公里。（责任单",
            "位：区城管局）");
    static final List<String> RIGHT = List.of(
            "二、打好污染防治攻坚战",
            "4.强化建筑施工扬尘污染防治。（",
            "责任单位：区住建局）",
            "5.推进林业碳汇项目，新增造林面",
            "积500亩。（责任单位：区林业局）",
            "6.加强固废危废环境管理。（责任",
            "单位：区生态环境分局、区公安分局",
            "）");

    private TwoColumnFixture() {}

    static byte[] draw() {
        try (PDDocument document = new PDDocument();
                InputStream font = TwoColumnFixture.class.getResourceAsStream(PdfFixtures.FONT);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font noto = PDType0Font.load(document, font);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                line(content, noto, 16, 150, 780, "青溪区2024年绿色发展工作要点");
                for (int i = RIGHT.size() - 1; i >= 0; i--) {
                    line(content, noto, 12, 320, 740 - i * 20, RIGHT.get(i));
                }
                for (int i = LEFT.size() - 1; i >= 0; i--) {
                    line(content, noto, 12, 60, 740 - i * 20, LEFT.get(i));
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
