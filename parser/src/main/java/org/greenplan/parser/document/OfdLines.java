package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.List;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.OFDReader;

/**
 * Walks the content of each OFD page (layers, nested page blocks) and collects its text objects as
 * positioned runs, grouped into lines. Templates (where OFD producers put running headers) are skipped.
 */
final class OfdLines {

    private OfdLines() {}

    static List<List<LayoutLine>> of(OFDReader reader) {
        List<List<LayoutLine>> pages = new ArrayList<>();
        int count = reader.getNumberOfPages();
        for (int page = 1; page <= count; page++) {
            TimedRead.checkpoint();
            List<OfdRun> runs = new ArrayList<>();
            Content content = reader.getPage(page).getContent();
            if (content != null) {
                for (CT_Layer layer : content.getLayers()) {
                    collect(layer.getPageBlocks(), runs);
                }
            }
            pages.add(OfdRun.lines(runs, page));
        }
        return pages;
    }

    private static void collect(List<PageBlockType> blocks, List<OfdRun> runs) {
        for (PageBlockType block : blocks) {
            if (block instanceof TextObject text) {
                addRuns(text, runs);
            } else if (block instanceof CT_PageBlock nested) {
                collect(nested.getPageBlocks(), runs);
            }
        }
    }

    private static void addRuns(TextObject text, List<OfdRun> runs) {
        ST_Box box = text.getBoundary();
        double originX = box == null ? 0 : box.getTopLeftX();
        double originY = box == null ? 0 : box.getTopLeftY();
        double[] ctm = ctm(text.getCTM());
        double size = (text.getSize() == null ? 3.5 : text.getSize()) * Math.abs(ctm[3]);
        double x = 0;
        double y = 0;
        for (TextCode code : text.getTextCodes()) {
            String content = code.getContent() == null ? "" : code.getContent();
            x = code.getX() == null ? x : code.getX();
            y = code.getY() == null ? y : code.getY();
            double width = width(code.getDeltaX(), content, size / Math.abs(ctm[3])) * Math.abs(ctm[0]);
            double left = originX + ctm[0] * x + ctm[2] * y + ctm[4];
            double baseline = originY + ctm[1] * x + ctm[3] * y + ctm[5];
            runs.add(new OfdRun(content, left, baseline, width, size));
            x += width / Math.abs(ctm[0]);
        }
    }

    /**
     * Sum of the advances between the glyphs, plus one em for the last glyph. Reads {@code DeltaX}'s
     * "g count value" shorthand without expanding it, so a huge count costs nothing.
     */
    private static double width(ST_Array deltaX, String content, double size) {
        int glyphs = content.codePointCount(0, content.length());
        if (deltaX == null || glyphs < 2) {
            return glyphs * size;
        }
        List<String> tokens = deltaX.getArray();
        double advance = 0;
        int remaining = glyphs - 1;
        double last = size;
        for (int i = 0; i < tokens.size() && remaining > 0; i++) {
            int repeat = 1;
            if (tokens.get(i).equals("g") && i + 2 < tokens.size()) {
                repeat = (int) Math.min(Long.parseLong(tokens.get(i + 1)), remaining);
                i += 2;
            }
            last = Double.parseDouble(tokens.get(i));
            advance += repeat * last;
            remaining -= repeat;
        }
        return advance + remaining * last + size;
    }

    private static double[] ctm(ST_Array ctm) {
        if (ctm == null || ctm.getArray().size() < 6) {
            return new double[] {1, 0, 0, 1, 0, 0};
        }
        double[] values = new double[6];
        for (int i = 0; i < 6; i++) {
            values[i] = Double.parseDouble(ctm.getArray().get(i));
        }
        return values[0] == 0 || values[3] == 0 ? new double[] {1, 0, 0, 1, values[4], values[5]} : values;
    }
}
