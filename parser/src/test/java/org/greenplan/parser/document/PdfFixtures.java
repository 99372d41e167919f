package org.greenplan.parser.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Renders plans to PDF with openhtmltopdf and the Noto Sans SC font, as an office printing to PDF would:
 * A4, first-line indents, wrapped lines, a running header and a page number in the footer.
 */
final class PdfFixtures {

    static final String FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    static final String RUNNING_HEADER = "宿州市绿色发展行动工作简报";

    private PdfFixtures() {}

    /** @param footer CSS {@code content} of the page footer, e.g. {@code "- " counter(page) " -"} */
    static byte[] render(List<String> lines, String footer) {
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            String style = line.endsWith("工作要点") && !line.contains("《") ? " class=\"title\"" : "";
            body.append("<p")
                    .append(style)
                    .append('>')
                    .append(Entities.escape(line))
                    .append("</p>\n");
        }
        return html(page(footer, body.toString()));
    }

    /**
     * Renders the lines as {@link #render} does, but with a spaces between Chinese characters and Latin
     * letters or digits ({@code 达到 100%}) as some PDF producers set them, and each unit clause broken
     * after its label ({@code （责任单位：} at the end of a line, the units on the next).
     */
    static byte[] renderAsExtractedBadly(List<String> lines, String footer) {
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            String spaced = line.replaceAll("(?<=\\p{IsHan})(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])(?=\\p{IsHan})", " ");
            String html = Entities.escape(spaced).replaceFirst("([(（]责任单位[:：])", "$1<br/>");
            body.append("<p>").append(html).append("</p>\n");
        }
        return html(page(footer, body.toString()));
    }

    static String page(String footer, String body) {
        return "<html><head><style>"
                + "@page { size: A4; margin: 25mm 25mm 25mm 25mm;"
                + " @top-center { content: '" + RUNNING_HEADER + "'; font-family: 'Noto Sans SC'; font-size: 9pt; }"
                + " @bottom-center { content: " + footer + "; font-family: 'Noto Sans SC'; font-size: 10pt; } }"
                + "body { font-family: 'Noto Sans SC'; font-size: 12pt; line-height: 1.6; }"
                + "p { margin: 0; text-indent: 2em; }"
                + "p.title { text-align: center; text-indent: 0; font-size: 16pt; margin: 8pt 0; }"
                + "</style></head><body>" + body + "</body></html>";
    }

    static byte[] html(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(PdfFixtures::font, "Noto Sans SC");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        return PdfFixtures.class.getResourceAsStream(FONT);
    }
}
