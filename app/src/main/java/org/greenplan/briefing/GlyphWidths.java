package org.greenplan.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The advance widths of one TrueType font, read with PDFBox's font parser: the PDF is laid out (header size,
 * column widths) with the very widths openhtmltopdf then draws the text with. Only the widths of the Basic
 * Multilingual Plane's characters are kept (128 KB), not the font (10 MB), so that they can stay in memory; a
 * character outside it, or one the font lacks, counts as one em, the width of a CJK ideograph. Immutable.
 */
final class GlyphWidths {
    private static final int PLANE = 0x10000;

    private final short[] advances;
    private final float unitsPerEm;

    private GlyphWidths(short[] advances, float unitsPerEm) {
        this.advances = advances;
        this.unitsPerEm = unitsPerEm;
    }

    /**
     * @param resource a .ttf file on the classpath
     * @throws IllegalStateException when the resource is missing
     * @throws UncheckedIOException when it is no TrueType font
     */
    static GlyphWidths load(String resource) {
        try (InputStream in = GlyphWidths.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                int em = font.getUnitsPerEm();
                short[] advances = new short[PLANE];
                for (int c = 0; c < PLANE; c++) {
                    int gid = cmap.getGlyphId(c);
                    advances[c] = (short) (gid == 0 ? em : font.getAdvanceWidth(gid));
                }
                return new GlyphWidths(advances, em);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + resource, e);
        }
    }

    /** @return the width of {@code text} set in one line at {@code sizePt}, in points */
    float width(String text, float sizePt) {
        long units = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            units += c < PLANE ? advances[c] : (long) unitsPerEm;
        }
        return units * sizePt / unitsPerEm;
    }
}
