package org.greenplan.parser.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.layout.element.Position;

/**
 * Writes plans as OFD with ofdrw-layout: A4, 3.5 mm (≈ 10 pt) text, first-line indents, wrapped lines
 * and a page number "- N -" at the foot of every page.
 */
final class OfdFixtures {

    private static final double FONT_SIZE = 3.5;

    private OfdFixtures() {}

    static byte[] render(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OFDDoc document = new OFDDoc(out)) {
            PageLayout layout = PageLayout.A4();
            layout.setMargin(25d);
            document.setDefaultPageLayout(layout);
            document.onPage(OfdFixtures::addPageNumber);
            for (String line : lines) {
                Paragraph paragraph = new Paragraph(line, FONT_SIZE);
                paragraph.setFirstLineIndent(2);
                paragraph.setMarginBottom(1.5d);
                document.add(paragraph);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void addPageNumber(VirtualPage page) {
        Paragraph number = new Paragraph("- " + page.getPageNum() + " -", 3.0);
        number.setPosition(Position.Absolute);
        number.setWidth(30d);
        number.setXY(90d, 280d);
        page.add(number);
    }
}
