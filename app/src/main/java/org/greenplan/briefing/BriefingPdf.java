package org.greenplan.briefing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a {@link BriefingModel} as PDF: the page template {@code templates/briefing/pdf.html} (A4 with
 * the margins of GB/T 9704-2012, page numbers {@code — 1 —}) laid out by openhtmltopdf with the bundled
 * Noto Sans SC font (ph-fonts-noto-sans-sc, SIL Open Font License 1.1), embedded as a subset so that every
 * Chinese character prints on any machine. Before the template runs, the red header is fitted to the text
 * block and the tables' column widths are measured from their content with the same font ({@link
 * BriefingPdfLayout}); the fonts' widths are read once, on the first briefing rendered.
 */
@Component
class BriefingPdf {
    /** The CSS font family the page template names. */
    static final String FONT_FAMILY = "Noto Sans SC";

    private static final String REGULAR = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static final String BOLD = "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

    private final ITemplateEngine templates;
    private final DocumentTexts texts;

    BriefingPdf(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.texts = new DocumentTexts(messages);
    }

    /** @return the PDF's bytes */
    byte[] render(BriefingModel model) {
        Context context = new Context(BriefingComposer.DOCUMENT_LOCALE);
        context.setVariable("b", model);
        context.setVariable("layout", BriefingPdfLayout.of(model, texts, Widths.FONTS));
        String html = templates.process("briefing/pdf", context);
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(REGULAR), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font(BOLD), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(dom, "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The fonts' widths, read when the first briefing is rendered rather than at start-up. */
    private static final class Widths {
        static final BriefingPdfLayout.Fonts FONTS =
                new BriefingPdfLayout.Fonts(GlyphWidths.load(REGULAR), GlyphWidths.load(BOLD));
    }

    private static InputStream font(String resource) {
        InputStream in = BriefingPdf.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("font missing from the classpath: " + resource);
        }
        return in;
    }
}
