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

    /**
     * The plan as 任务分解表 printed to PDF: headings as paragraphs, each run of tasks a ruled table
     * 序号 | 工作任务 | 责任单位 (as {@link DocxFixtures#taskTables}), cells top-aligned, long tasks wrapped
     * in their cell; tables break across pages between rows.
     */
    static byte[] taskTables(List<String> lines) {
        StringBuilder body = new StringBuilder();
        boolean open = false;
        for (String line : lines) {
            if (!ReferenceText.isTask(line)) {
                body.append(open ? "</table>\n" : "").append(paragraph(line));
                open = false;
                continue;
            }
            if (!open) {
                body.append("<table>").append(row("th", "序号", "工作任务", "责任单位"));
                open = true;
            }
            body.append(row("td", ReferenceText.taskParts(line)));
        }
        body.append(open ? "</table>\n" : "");
        return html(page("counter(page)", TABLE_STYLE, body.toString()));
    }

    static final String TABLE_STYLE = "table { width: 100%; border-collapse: collapse; margin: 4pt 0; }"
            + "tr { page-break-inside: avoid; }"
            + "td, th { border: 0.75pt solid black; padding: 3pt 4pt; vertical-align: top; text-indent: 0;"
            + " font-size: 10.5pt; line-height: 1.4; }"
            + "th { font-weight: normal; text-align: center; }"
            + "td:first-child { width: 8%; text-align: center; } td:last-child { width: 28%; }";

    static String row(String tag, String... cells) {
        StringBuilder row = new StringBuilder("<tr>");
        for (String cell : cells) {
            row.append('<')
                    .append(tag)
                    .append('>')
                    .append(Entities.escape(cell))
                    .append("</")
                    .append(tag)
                    .append('>');
        }
        return row.append("</tr>\n").toString();
    }

    private static String paragraph(String line) {
        String style = line.endsWith("工作要点") && !line.contains("《") ? " class=\"title\"" : "";
        return "<p" + style + ">" + Entities.escape(line) + "</p>\n";
    }

    static String page(String footer, String body) {
        return page(footer, "", body);
    }

    static String page(String footer, String style, String body) {
        return "<html><head><style>"
                + "@page { size: A4; margin: 25mm 25mm 25mm 25mm;"
                + " @top-center { content: '" + RUNNING_HEADER + "'; font-family: 'Noto Sans SC'; font-size: 9pt; }"
                + " @bottom-center { content: " + footer + "; font-family: 'Noto Sans SC'; font-size: 10pt; } }"
                + "body { font-family: 'Noto Sans SC'; font-size: 12pt; line-height: 1.6; }"
                + "p { margin: 0; text-indent: 2em; }"
                + "p.title { text-align: center; text-indent: 0; font-size: 16pt; margin: 8pt 0; }"
                + style
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
